import { Button, Group, Tabs, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useParams } from '@tanstack/react-router';
import type { ReactElement } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyError } from '../../../api/errors';
import { useMe } from '../../../api/me';
import { PageHeader } from '../../../components/page-header';
import { RouterAnchor } from '../../../components/router-links';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { downloadPassport, useSkillsProfile } from '../api';
import { isHr, LLO_PATHS } from '../shared';
import { BudgetSummary } from './budget-card';
import { CertificatesTab } from './certificates-tab';
import { LearningTab } from './learning-tab';
import { PopTab } from './pop-tab';
import { SkillsTab } from './skills-tab';
import { TalksTab } from './talks-tab';

/** "Mijn ontwikkeling": the signed-in person's own development. */
export const MyDevelopmentPage = (): ReactElement => {
  const { t } = useTranslation('development');
  const me = useMe();
  if (me.isPending) return <LoadingState />;
  if (me.isError) return <ErrorState error={me.error} />;
  if (!me.data.personId) return <EmptyState title={t('mine.noPerson')} />;
  return <Development personId={me.data.personId} mine />;
};

/** A team member's development, for their manager or HR. */
export const PersonDevelopmentPage = (): ReactElement => {
  const { personId } = useParams({ from: '/app/ontwikkeling/medewerkers/$personId' });
  const me = useMe();
  return <Development personId={personId} mine={me.data?.personId === personId} />;
};

const Development = ({ personId, mine }: { personId: string; mine: boolean }) => {
  const { t } = useTranslation('development');
  const me = useMe();
  const profile = useSkillsProfile(personId);
  const [busy, setBusy] = useState<'pdf' | 'json' | null>(null);
  if (profile.isPending) return <LoadingState />;
  if (profile.isError) return <ErrorState error={profile.error} onRetry={() => void profile.refetch()} />;
  const canExport = mine || (me.data ? isHr(me.data) : false);
  const get = (format: 'pdf' | 'json') => {
    setBusy(format);
    downloadPassport(personId, format)
      .catch(notifyError)
      .finally(() => setBusy(null));
  };
  return (
    <>
      <PageHeader
        title={mine ? t('mine.title') : t('mine.titleOf', { name: profile.data.personName })}
        description={
          <>
            <Text size="sm" component="span">
              {profile.data.occupation
                ? t('mine.occupation', { occupation: profile.data.occupation.title })
                : t('mine.noOccupation')}
            </Text>{' '}
            <RouterAnchor to={LLO_PATHS.about} size="sm">
              {t('about.link')}
            </RouterAnchor>
          </>
        }
        actions={
          canExport ? (
            <Group gap="xs">
              <Button
                variant="light"
                leftSection={<IconDownload size={16} aria-hidden />}
                loading={busy === 'pdf'}
                onClick={() => get('pdf')}
              >
                {t('passport.pdf')}
              </Button>
              <Button
                variant="subtle"
                leftSection={<IconDownload size={16} aria-hidden />}
                loading={busy === 'json'}
                onClick={() => get('json')}
              >
                {t('passport.json')}
              </Button>
            </Group>
          ) : null
        }
      />
      <BudgetSummary personId={personId} />
      <Tabs defaultValue="skills" keepMounted={false} mt="lg">
        <Tabs.List mb="md">
          <Tabs.Tab value="skills">{t('tabs.skills')}</Tabs.Tab>
          <Tabs.Tab value="talks">{t('tabs.talks')}</Tabs.Tab>
          <Tabs.Tab value="pop">{t('tabs.pop')}</Tabs.Tab>
          <Tabs.Tab value="learning">{t('tabs.learning')}</Tabs.Tab>
          <Tabs.Tab value="certificates">{t('tabs.certificates')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="skills">
          <SkillsTab profile={profile.data} />
        </Tabs.Panel>
        <Tabs.Panel value="talks">
          <TalksTab personId={personId} />
        </Tabs.Panel>
        <Tabs.Panel value="pop">
          <PopTab personId={personId} />
        </Tabs.Panel>
        <Tabs.Panel value="learning">
          <LearningTab personId={personId} mine={mine} />
        </Tabs.Panel>
        <Tabs.Panel value="certificates">
          <CertificatesTab personId={personId} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
};
