/**
 * @assent/core: the headless consent engine. No rendering and no Lit: config, consent state,
 * storage, cross-tab sync, events and languages. Elements and the script tag build on it.
 * @packageDocumentation
 */
export {
  ConsentManager,
  ConsentRuntime,
  type RuntimeOptions,
  type RuntimeParts,
  type SyncFacade,
  type ChoiceUpdate,
  type ConsentEvent,
  type DecisionMethod,
  type DecisionOptions,
  type EventSink,
  type ManagerEvents,
  type ManagerOptions,
  type MarketingChoice,
} from './manager.js';
export {
  BOOT_FIELDS,
  LATER_FIELDS,
  configFields,
  readBootConfig,
  readConfig,
  type BootConfig,
  type Field,
  type FieldContext,
  type ReadOptions,
  CONSENT_MODE_TYPES,
  DEFAULT_CONSENT_MODE_MAPPING,
  MARKETING_CHANNELS,
  NECESSARY,
  WELL_KNOWN_CATEGORIES,
  cookieMatches,
  isSafeUrl,
  isPlainObject,
  localize,
  parseConfig,
  type ParseOptions,
  type CategoryConfig,
  type ConfigReporter,
  type CoreConfig,
  type ConsentModeConfig,
  type ConsentModeType,
  type CookieInfo,
  type LocalizedText,
  type MarketingChannel,
  type ResolvedConfig,
  type ServiceConfig,
  type TopicConfig,
} from './config.js';
export {
  decisionIsCurrent,
  deriveState,
  isAllowed,
  isStoredDecision,
  recordFromMirror,
  undecided,
  type ConsentState,
  type DraftChoices,
  type MarketingChannelState,
  type MarketingStatus,
  type StateConfig,
  type StoredDecision,
} from './state.js';
// The catalogue's data is `@assent/core/catalogue`, its helpers `@assent/core/catalogue/helpers`.
export type { CataloguedServices, ServiceCatalogue } from './catalogue/resolve.js';
export type {
  CatalogueCategory,
  CatalogueCookie,
  CatalogueEntry,
  CookieDuration,
} from './catalogue/types.js';
export { connectTabs } from './tabs.js';
export { AssentChangeEvent, AssentReadyEvent, AssentSyncErrorEvent, Emitter } from './events.js';
export {
  chainStores,
  createStorage,
  localStorageStore,
  memoryStore,
  peekSaved,
  peekStored,
  safeLocalStorage,
  DATABASE_NAME,
  type KeyValueStore,
  type SavedAtStart,
  type StorageOptions,
} from './storage/index.js';
export { readMirror, writeMirror, type MirroredDecision } from './storage/mirror.js';
export {
  DECISION_KEY,
  LOCAL_PREFIX,
  OUTBOX_FAILED_KEY,
  OUTBOX_KEY,
  OUTBOX_NOT_BEFORE_KEY,
  outboxEntryKey,
} from './storage/keys.js';
export {
  SHIPPED_LOCALES,
  createTranslator,
  isRightToLeft,
  loadTranslator,
  pageLanguage,
  provideStrings,
  resolveLocale,
  type MessageKey,
  type Messages,
  type ShippedLocale,
  type Translator,
} from './i18n/index.js';
export { randomId } from './uuid.js';
export {
  Gate,
  consentModeValues,
  deleteCookies,
  earlyConsentMode,
  earlyGrantedCategories,
  embedService,
  pushConsentDefault,
  pushConsentEvent,
  pushConsentUpdate,
  startGating,
  type EarlyConsentMode,
  type EmbedServiceConfig,
  type GateOptions,
  type GatingOptions,
  type GatingSource,
} from './gating/index.js';
export { Assent, createAssent, type AssentOptions } from './assent.js';
export { connectSender } from './runtime/sender.js';
export { startAssent, type MountUi, type StartOptions } from './start.js';
export type {
  AssentConfig,
  BannerButtonInput,
  BannerLayoutInput,
  BannerPositionInput,
  CategoryInput,
  GoogleConsentModeInput,
  ConsentModeTypeInput,
  CookieInput,
  LocalizedTextInput,
  MarketingChannelInput,
  ServiceInput,
  TopicInput,
  TriggerPositionInput,
} from './config-input.js';
export {
  MAX_SUBJECT_LENGTH,
  identify,
  mergeSubjectState,
  subjectIdProblem,
  subjectsUrl,
  type IdentifyOptions,
  type SubjectState,
} from './identity.js';
export {
  MAX_BATCH_BYTES,
  MAX_BATCH_EVENTS,
  Outbox,
  OutboxSync,
  backoffDelay,
  parseRetryAfter,
  splitIntoBatches,
  type FailedEvent,
  type SyncEndpoint,
  type SyncEvents,
  type SyncOptions,
} from './sync/index.js';
export {
  PreferencesError,
  fetchPreferences,
  preferencesApiBase,
  updatePreferences,
  type ChannelPreferences,
  type PreferenceChange,
  type PreferenceStatus,
  type PreferencesErrorReason,
  type PreferencesRequestOptions,
  type PreferencesView,
} from './preferences-client.js';
