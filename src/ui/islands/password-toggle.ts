/**
 * Progressive enhancement for password fields: inside every element marked
 * `data-password-toggle`, each password input gets a button that shows or hides what was typed.
 * The server renders the button labels into `data-show-label` / `data-hide-label`, so the words
 * come from the i18n catalogues, not from this script. Without JavaScript the field stays a
 * normal password field.
 */
export function enhancePasswordToggles(root: ParentNode = document): void {
  // forEach rather than for…of: the project's DOM typings have no iterable NodeList.
  root.querySelectorAll<HTMLElement>('[data-password-toggle]').forEach((container) => {
    const showLabel = container.dataset.showLabel;
    const hideLabel = container.dataset.hideLabel;
    if (!showLabel || !hideLabel) return;
    container.querySelectorAll<HTMLInputElement>('input[type=password]').forEach((input) => {
      if (input.dataset.passwordToggleReady) return;
      input.dataset.passwordToggleReady = 'true';
      addToggleButton(input, showLabel, hideLabel);
    });
  });
}

function addToggleButton(input: HTMLInputElement, showLabel: string, hideLabel: string): void {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'kern-btn kern-btn--tertiary kern-btn--x-small vr-password-toggle';
  const label = document.createElement('span');
  label.className = 'kern-label';
  button.append(label);
  if (input.id) button.setAttribute('aria-controls', input.id);

  const render = (isVisible: boolean): void => {
    input.type = isVisible ? 'text' : 'password';
    label.textContent = isVisible ? hideLabel : showLabel;
    button.setAttribute('aria-pressed', String(isVisible));
  };
  button.addEventListener('click', () => {
    render(input.type === 'password');
  });
  // Never submit a visible password by accident: a form always sends and stores it hidden again.
  input.form?.addEventListener('submit', () => {
    render(false);
  });
  render(false);
  input.insertAdjacentElement('afterend', button);
}
