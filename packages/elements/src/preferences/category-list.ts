/**
 * The preferences centre's categories: each with its switch, its services with theirs, and a
 * service's details popover (who provides it, their privacy notice, the cookies it sets).
 */
import {
  NECESSARY,
  isSafeUrl,
  type DraftChoices,
  type ResolvedConfig,
  type Translator,
} from '@assent/core';
import { html, nothing } from 'lit';
import { renderCookieTable } from './cookie-table.js';

/** What the list of categories shows, and what its switches and details buttons call. */
export interface CategoryListView {
  t: Translator;
  config: ResolvedConfig;
  /** The choices being edited (the manager's draft). */
  draft: DraftChoices | undefined;
  /** The service whose details popover is open. */
  details: string | undefined;
  toggleCategory(category: string): void;
  toggleService(service: string): void;
  /** A details popover opened or closed. */
  onDetailsToggle(event: ToggleEvent): void;
}

/** Who provides a service, with their privacy notice (from the site or the catalogue). */
function renderProvider({ t, config }: CategoryListView, service: string) {
  const { provider, privacyPolicyUrl } = config.services[service]!;
  if (!provider && !privacyPolicyUrl) return nothing;
  return html`<p class="provider" part="provider">
    ${provider ?? nothing}
    ${
      privacyPolicyUrl && isSafeUrl(privacyPolicyUrl)
        ? html`<a href=${privacyPolicyUrl} target="_blank" rel="noopener noreferrer"
            >${t.t('links.privacyPolicy')}</a
          >`
        : nothing
    }
  </p>`;
}

function renderCookies({ t, config: { services } }: CategoryListView, service: string) {
  const config = services[service]!;
  // A cookie's purpose is its own description, else what the service is for.
  const rows = config.cookies.map((cookie) => ({
    ...cookie,
    provider: config.provider,
    description: cookie.description ?? config.description,
  }));
  return renderCookieTable(t, rows);
}

/** The library's own cookie: it keeps the visitor's choice, so it is listed under Necessary. */
function renderOwnCookie({ t, config }: CategoryListView) {
  return renderCookieTable(t, [
    {
      name: config.cookieName,
      provider: config.controller ?? location.hostname,
      description: t.t('preferences.ownCookie'),
      duration: { days: config.expiresAfterDays },
    },
  ]);
}

function renderService(view: CategoryListView, service: string) {
  const { t, draft, details } = view;
  const config = view.config.services[service]!;
  const name = t.serviceTitle(service);
  const necessary = config.category === NECESSARY;
  const checked = necessary || draft?.services[service] === true;
  const description = t.text(config.description);
  const popoverId = `details-${service}`;
  const hasCookies = config.cookies.length > 0 || !!config.provider || !!config.privacyPolicyUrl;
  return html`<li class="service" part="service">
    <div class="row">
      <span class="service-title" part="service-title" id="service-${service}">${name}</span>
      ${
        hasCookies
          ? html`<button
              type="button"
              class="details-button"
              part="details-button"
              id="details-button-${service}"
              popovertarget=${popoverId}
              aria-expanded=${details === service ? 'true' : 'false'}
              aria-controls=${popoverId}
              aria-label=${t.t('preferences.detailsFor', { service: name })}
            >
              ${t.t('preferences.details')}
            </button>`
          : nothing
      }
      <button
        type="button"
        role="switch"
        class="switch"
        part="switch service-switch"
        aria-checked=${checked ? 'true' : 'false'}
        aria-label=${t.t('preferences.serviceSwitch', { service: name })}
        ?disabled=${necessary}
        @click=${() => view.toggleService(service)}
      ></button>
    </div>
    ${
      description
        ? html`<p class="service-description" part="service-description">${description}</p>`
        : nothing
    }
    ${
      hasCookies
        ? html`<div
            popover
            class="details"
            part="details"
            id=${popoverId}
            data-service=${service}
            role="dialog"
            tabindex="0"
            aria-labelledby="details-title-${service}"
            @toggle=${view.onDetailsToggle}
          >
            <h4 class="details-title" id="details-title-${service}">
              ${t.t('preferences.detailsFor', { service: name })}
            </h4>
            ${renderProvider(view, service)} ${renderCookies(view, service)}
          </div>`
        : nothing
    }
  </li>`;
}

function renderCategory(view: CategoryListView, category: string) {
  const { t, config } = view;
  const necessary = category === NECESSARY;
  const checked = necessary || view.draft?.categories[category] === true;
  // On before any choice, by law unless the visitor objects: the switch says why it is on.
  const objection = config.categories[category]?.basis === 'objection';
  const describedBy = `category-description-${category}${objection ? ` category-basis-${category}` : ''}`;
  const services = Object.keys(config.services).filter(
    (service) => config.services[service]!.category === category,
  );
  return html`<li class="category" part="category">
    <div class="row">
      <h3 class="category-title" part="category-title" id="category-${category}">
        ${t.categoryTitle(category)}
      </h3>
      ${
        necessary
          ? html`<span class="always-on" part="always-on" id="always-on"
              >${t.t('preferences.alwaysOn')}</span
            >`
          : nothing
      }
      <button
        type="button"
        role="switch"
        class="switch"
        part="switch category-switch"
        aria-checked=${checked ? 'true' : 'false'}
        aria-labelledby="category-${category}"
        aria-describedby=${describedBy}
        ?disabled=${necessary}
        @click=${() => view.toggleCategory(category)}
      ></button>
    </div>
    <p
      class="category-description"
      part="category-description"
      id="category-description-${category}"
    >
      ${t.categoryDescription(category)}
    </p>
    ${
      objection
        ? html`<p class="category-basis" part="category-basis" id="category-basis-${category}">
            ${t.t('preferences.objection')}
          </p>`
        : nothing
    }
    ${necessary ? renderOwnCookie(view) : nothing}
    ${
      services.length > 0
        ? html`<p class="services-label" id="services-${category}">
              ${t.t('preferences.services')}
            </p>
            <ul
              class="services"
              part="services"
              aria-labelledby="services-${category} category-${category}"
            >
              ${services.map((service) => renderService(view, service))}
            </ul>`
        : nothing
    }
  </li>`;
}

/**
 * The items of the preferences centre's list of categories: each with its switch (necessary is
 * always on, with the library's own cookie), its services with their switches, and each
 * service's details popover (provider, privacy notice, cookie table).
 */
export function renderCategories(view: CategoryListView) {
  return Object.keys(view.config.categories).map((category) => renderCategory(view, category));
}
