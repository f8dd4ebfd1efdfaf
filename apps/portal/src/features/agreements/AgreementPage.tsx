import { useQuery } from "urql";
import { Link } from "wouter";
import { localized } from "../../api/localized.ts";
import { graphql } from "../../graphql.ts";
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { useSession } from "../../session.tsx";
import { Notice } from "../../ui/Notice.tsx";
import { QueryState } from "../../ui/QueryState.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { AgreementLifecycle, AgreementLifecycleFields } from "./AgreementLifecycle.tsx";
import { AgreementTimeline, AgreementTimelineFields } from "./AgreementTimeline.tsx";
import { agreements as messages } from "./agreements.messages.ts";
import { CooperationAreas, CooperationAreasFields, LinkedActionsFields } from "./CooperationAreas.tsx";
import { PartiesSection, PartiesSectionFields } from "./PartiesSection.tsx";
import { SopSection, SopSectionFields } from "./SopSection.tsx";

// The most actions the page looks through for those linked to this agreement.
const ACTIONS_SCANNED = 200;

const AgreementPageQuery = graphql(
  `
  query AgreementPage($id: ID!, $lang: UiLanguage!, $actionsFirst: Int!) {
    node(id: $id) {
      id
      ... on Agreement {
        kind
        status
        title { en th my }
        parent { id title { en th my } }
        children { id kind status title { en th my } }
        supersedes { id title { en th my } }
        supersededBy { id title { en th my } }
        ...PartiesSectionFields
        ...AgreementTimelineFields
        ...CooperationAreasFields
        ...SopSectionFields
        ...AgreementLifecycleFields
      }
    }
    ...LinkedActionsFields
  }
`,
  [
    PartiesSectionFields,
    AgreementTimelineFields,
    CooperationAreasFields,
    SopSectionFields,
    LinkedActionsFields,
    AgreementLifecycleFields,
  ],
);

/** One agreement: its parties and signatories, timeline, cooperation areas with actions, and SOP steps. */
export function AgreementPage({ id }: { id: string }) {
  const t = useT(messages);
  const format = useFormat();
  const { me } = useSession();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: AgreementPageQuery,
    variables: { id, lang: format.language, actionsFirst: ACTIONS_SCANNED },
  });
  const agreement = data?.node && "kind" in data.node ? data.node : null;
  usePageTitle(agreement ? localized(agreement.title, format.language) : t("register.title"));
  if (!data) {
    return (
      <main id="content">
        <QueryState
          fetching={fetching}
          error={error}
          retry={() => reexecute({ requestPolicy: "network-only" })}
        />
      </main>
    );
  }
  if (!agreement) {
    return (
      <main id="content">
        <Notice kind="error">{t("page.notFound")}</Notice>
        <Link href="/agreements">{t("page.back")}</Link>
      </main>
    );
  }
  const related = [
    agreement.parent ? { label: t("page.parent"), items: [agreement.parent] } : null,
    agreement.supersedes ? { label: t("page.supersedes"), items: [agreement.supersedes] } : null,
    agreement.supersededBy ? { label: t("page.supersededBy"), items: [agreement.supersededBy] } : null,
    agreement.children.length > 0 ? { label: t("page.children"), items: agreement.children } : null,
  ].filter((r) => r !== null);
  return (
    <main id="content" className="agreement-page">
      <p>
        <Link href="/agreements">{t("page.back")}</Link>
      </p>
      <h1>{localized(agreement.title, format.language)}</h1>
      <dl className="agreement-page__facts">
        <div>
          <dt>{t("page.kind")}</dt>
          <dd>{t(`kind.${agreement.kind}`)}</dd>
        </div>
        <div>
          <dt>{t("page.status")}</dt>
          <dd className={`status agreement-status agreement-status--${agreement.status}`}>
            {t(`status.${agreement.status}`)}
          </dd>
        </div>
      </dl>
      {me?.role === "admin" ? (
        <AgreementLifecycle
          agreement={agreement}
          refresh={() => reexecute({ requestPolicy: "network-only" })}
        />
      ) : null}
      <PartiesSection agreement={agreement} />
      <AgreementTimeline agreement={agreement} />
      <CooperationAreas agreement={agreement} actions={data} />
      {agreement.kind === "sop" || agreement.kind === "annex" ? <SopSection agreement={agreement} /> : null}
      {related.length > 0 ? (
        <section aria-labelledby="agreement-related">
          <h2 id="agreement-related">{t("page.related")}</h2>
          <dl className="agreement-page__related">
            {related.map((r) => (
              <div key={r.label}>
                <dt>{r.label}</dt>
                {r.items.map((item) => (
                  <dd key={item.id}>
                    <Link href={`/agreements/${item.id}`}>{localized(item.title, format.language)}</Link>
                  </dd>
                ))}
              </div>
            ))}
          </dl>
        </section>
      ) : null}
    </main>
  );
}
