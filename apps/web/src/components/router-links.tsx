import {
  Anchor,
  type AnchorProps,
  Button,
  type ButtonProps,
  NavLink,
  type NavLinkProps,
} from '@mantine/core';
import { createLink } from '@tanstack/react-router';
import type { ComponentPropsWithRef } from 'react';

type AnchorLike = Omit<ComponentPropsWithRef<'a'>, 'color' | 'style'>;

/** Mantine components that navigate with the router (real <a href>, so they work with the keyboard). */
export const RouterAnchor = createLink((props: AnchorProps & AnchorLike) => <Anchor {...props} />);

export const RouterButton = createLink((props: ButtonProps & AnchorLike) => (
  <Button component="a" {...props} />
));

export const RouterNavLink = createLink((props: NavLinkProps & AnchorLike) => (
  <NavLink component="a" {...props} />
));
