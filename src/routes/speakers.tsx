import { useLoaderData } from "react-router";
import type { LazyRouteParts } from "./lazy-route";
import type { ContentSource } from "../content/content-source";
import type { SpeakerIndex } from "../content/speaker";
import { SPEAKER_INDEX_PATH } from "../content/data-paths";
import { PageMeta } from "../ui/page-meta";
import {
  SPEAKER_INDEX_HEADING,
  SpeakerIndexView,
} from "../ui/speaker-index-view";
import { getLinksOfPage } from "./page-links";

/** What the speaker index route's loader returns. */
export interface SpeakersRouteData {
  index: SpeakerIndex;
}

/** Loads the site-wide speaker index. */
export function createSpeakersLoader(
  source: ContentSource,
): () => Promise<SpeakersRouteData> {
  return async () => ({ index: await source.loadSpeakers() });
}

/** `/speakers/`: everyone quoted across the site. */
export function SpeakersRoute() {
  const { index } = useLoaderData<SpeakersRouteData>();
  const links = getLinksOfPage(SPEAKER_INDEX_PATH);
  return (
    <>
      <PageMeta
        title={SPEAKER_INDEX_HEADING}
        description="Everyone quoted in our stories, with how often and where."
        canonical={links.canonical}
        feeds={links.feeds}
      />
      <SpeakerIndexView index={index} />
    </>
  );
}

/** This page as its lazy route gets it (src/routes.tsx). */
export function createRoute(source: ContentSource): LazyRouteParts {
  return { loader: createSpeakersLoader(source), Component: SpeakersRoute };
}
