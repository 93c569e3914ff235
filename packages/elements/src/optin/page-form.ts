/**
 * The opt-in inside a site's own `<form>`: following that form's submit, and mirroring the
 * opt-in's values and validity into it.
 */
import { anchorOf } from './optin-form.js';
import { fieldOrder, formValueOf, type Field, type OptinAnswers } from './optin-answers.js';

interface PageFormOptions {
  /** Whether a valid submit of the page form records now (not after a success, nor disabled). */
  records: () => boolean;
  /** Whether the opt-in is valid now. */
  checkValidity: () => boolean;
  /** Shows the messages next to the fields. */
  showErrors: () => void;
  /** Records the opt-in. */
  record: () => void;
}

/**
 * Follows the page `<form>` a form-associated opt-in sits in, and records the opt-in when that
 * form is submitted valid by the visitor. The form is held back while the opt-in is invalid
 * (even with `novalidate`). A submit by script (`requestSubmit()`, a scripted click on the
 * form's button) is not the visitor's consent: nothing is recorded, with a console warning.
 * Returns the function to call with the form the element joined, or `null` when it left it.
 */
export function followPageForm(options: PageFormOptions): (form: HTMLFormElement | null) => void {
  let followed: HTMLFormElement | null = null;
  /** A submit button of the page form that was clicked by script, not by the visitor. */
  let scriptedSubmitter: EventTarget | null = null;
  const onClick = (event: MouseEvent): void => {
    scriptedSubmitter = event.isTrusted ? null : event.target;
  };
  const onSubmit = (event: SubmitEvent): void => {
    const scripted =
      !event.isTrusted || (event.submitter !== null && event.submitter === scriptedSubmitter);
    scriptedSubmitter = null;
    if (!options.records()) return;
    // A page form with `novalidate` submits even while we are invalid: hold it back.
    if (!options.checkValidity()) {
      event.preventDefault();
      options.showErrors();
      return;
    }
    if (scripted) {
      console.warn(
        '[assent] The form was submitted by script, not by the visitor: the opt-in was not ' +
          'recorded. Record a decision from code with manager.recordMarketing().',
      );
      return;
    }
    options.record();
  };
  return (form) => {
    if (form === followed) return;
    followed?.removeEventListener('submit', onSubmit);
    followed?.removeEventListener('click', onClick, true);
    followed = form;
    form?.addEventListener('submit', onSubmit);
    form?.addEventListener('click', onClick, true);
  };
}

/**
 * Mirrors the opt-in into its page form (ElementInternals): the values submitted under `name`
 * and its validity, the first of `errors` in the order shown, anchored at its control. The
 * email and mobile inputs carry their own messages, so their native validity agrees.
 */
export function mirrorIntoForm(
  internals: ElementInternals,
  root: ParentNode,
  name: string,
  answers: OptinAnswers,
  errors: Partial<Record<Field, string>>,
): void {
  const input = (id: string) => root.querySelector<HTMLElement>(`#${id}`);
  for (const field of ['email', 'phone'] as const) {
    const element = input(field) as HTMLInputElement | null;
    element?.setCustomValidity(errors[field] ?? '');
  }
  const first = fieldOrder(answers.offered).find((field) => errors[field]);
  if (first) {
    const anchor = input(anchorOf(first, answers));
    internals.setValidity({ customError: true }, errors[first], anchor ?? undefined);
  } else {
    internals.setValidity({});
  }
  internals.setFormValue(formValueOf(name, answers));
}
