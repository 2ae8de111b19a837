import { useLoaderData, type LoaderFunctionArgs } from "react-router";
import type { LazyRouteParts } from "./lazy-route";
import type { ContentSource } from "../content/content-source";
import { getSpeakerPath } from "../content/data-paths";
import type { SpeakerPageData } from "../content/speaker";
import { formatSpeakerCount } from "../ui/format";
import { PageMeta } from "../ui/page-meta";
import { SpeakerQuotes } from "../ui/speaker-quotes";
import { throwNotFound } from "./not-found";
import { getLinksOfPage } from "./page-links";

/** What a speaker route's loader returns. */
export interface SpeakerRouteData {
  speaker: SpeakerPageData;
}

/** Loads the speaker named by `:slug`, or ends with a 404 when there is none. */
export function createSpeakerLoader(
  source: ContentSource,
): (args: LoaderFunctionArgs) => Promise<SpeakerRouteData> {
  return async ({ params }) => {
    const speaker =
      params.slug === undefined ? null : await source.loadSpeaker(params.slug);
    if (speaker === null) throwNotFound();
    return { speaker };
  };
}

/** `/speakers/:slug/`: what one speaker said, with links back into the stories. */
export function SpeakerRoute() {
  const { speaker } = useLoaderData<SpeakerRouteData>();
  const links = getLinksOfPage(getSpeakerPath(speaker.slug));
  return (
    <>
      <PageMeta
        title={`Quotes by ${speaker.name}`}
        description={`${speaker.name}: ${formatSpeakerCount(speaker.quoteCount, speaker.articleCount)}.`}
        canonical={links.canonical}
        feeds={links.feeds}
      />
      <SpeakerQuotes key={speaker.slug} speaker={speaker} />
    </>
  );
}

/** This page as its lazy route gets it (src/routes.tsx). */
export function createRoute(source: ContentSource): LazyRouteParts {
  return { loader: createSpeakerLoader(source), Component: SpeakerRoute };
}
