import type { AnchorHTMLAttributes, ComponentPropsWithRef } from 'react';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'ghost' | 'ghost-danger';

function classes(variant: ButtonVariant, small: boolean | undefined, extra: string | undefined): string {
  return ['btn', `btn--${variant}`, small ? 'btn--small' : '', extra ?? ''].filter(Boolean).join(' ');
}

export interface ButtonProps extends ComponentPropsWithRef<'button'> {
  variant?: ButtonVariant;
  small?: boolean;
}

/** A button that is never a form submitter by accident: pass type="submit" to make it one. */
export function Button({ variant = 'secondary', small, className, type = 'button', ...rest }: ButtonProps) {
  return <button type={type} className={classes(variant, small, className)} {...rest} />;
}

export interface ButtonLinkProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  variant?: ButtonVariant;
  small?: boolean;
  href: string;
}

/** Navigation that looks like a button but stays a link, so it opens, reads and tabs like one. */
export function ButtonLink({ variant = 'secondary', small, className, ...rest }: ButtonLinkProps) {
  return <a className={classes(variant, small, className)} {...rest} />;
}
