import { Anchor } from '@mantine/core';
import { Fragment } from 'react';

const URL_PATTERN = /(https?:\/\/[^\s<>"]+)/g;

/** Plain-text mail with its links clickable (the reset and invitation links live here in demo mode). */
export const MailText = ({ text }: { text: string }) => (
  <div className="mail-text">
    {text.split(URL_PATTERN).map((part, i) =>
      // Odd indexes are the captured URLs.
      i % 2 === 1 ? (
        // biome-ignore lint/suspicious/noArrayIndexKey: parts of one immutable string
        <Anchor key={i} href={part}>
          {part}
        </Anchor>
      ) : (
        // biome-ignore lint/suspicious/noArrayIndexKey: parts of one immutable string
        <Fragment key={i}>{part}</Fragment>
      ),
    )}
  </div>
);
