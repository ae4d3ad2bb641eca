/** What the record's forms need to know of a campaign (the route passes it in; features do not import each other). */
export type CampaignRef = { id: string; name: string; countries: readonly string[]; issues: readonly string[] };

/** Countries always offered, besides the campaign's own; any other ISO alpha-3 code may be typed. */
export const OFFERED_COUNTRIES = ['JPN', 'KOR', 'CHN', 'HKG', 'MAC'] as const;

export function countrySuggestions(campaign: CampaignRef | undefined): string[] {
  return [...new Set([...(campaign?.countries ?? []), ...OFFERED_COUNTRIES])];
}

export const COUNTRY_PATTERN = /^[A-Z]{3}$/;
