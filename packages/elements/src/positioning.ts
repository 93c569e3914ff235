/**
 * The parts of @floating-ui/dom the popovers and the tooltip use. One small module, so the
 * trigger can load it on demand and bundlers keep only these functions.
 */
export { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
