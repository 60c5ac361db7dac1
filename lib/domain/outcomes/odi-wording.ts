/**
 * Oswestry Disability Index section wording, WRITTEN FOR THIS PROJECT (DOMAIN.md §3.3). Each statement
 * keeps the meaning and the 0–5 order of the corresponding v2.1a statement but is phrased anew, because
 * the official text is licensed (DOMAIN.md §3, §10 item 8). A clinic holding a licence can replace any
 * section's wording through `applyLicensedText`. Distances keep both imperial and metric figures.
 */

/** [section id, title, statements for values 0..5] */
export type OdiSection = readonly [id: string, title: string, statements: readonly [string, string, string, string, string, string]];

export const ODI_SECTIONS: readonly OdiSection[] = [
  ["PAIN_INTENSITY", "Pain intensity", [
    "Right now I have no pain.",
    "Right now my pain is very slight.",
    "Right now my pain is moderate.",
    "Right now my pain is fairly bad.",
    "Right now my pain is very bad.",
    "Right now my pain is as bad as I can imagine.",
  ]],
  ["PERSONAL_CARE", "Looking after yourself (washing, dressing)", [
    "I wash and dress as usual and it does not add to my pain.",
    "I wash and dress as usual, but it hurts a lot.",
    "Washing and dressing hurt, so I do them slowly and carefully.",
    "I manage most of my washing and dressing but need a little help.",
    "Every day I need help with most of my washing and dressing.",
    "I stay in bed, do not get dressed, and washing is a struggle.",
  ]],
  ["LIFTING", "Lifting", [
    "I can lift heavy things and it does not add to my pain.",
    "I can lift heavy things, but it adds to my pain.",
    "Pain stops me lifting heavy things from the floor, but I can manage them from a handy height such as a table.",
    "Pain stops me lifting heavy things, but I can manage light or medium things from a handy height.",
    "I can lift only very light things.",
    "I cannot lift or carry anything at all.",
  ]],
  ["WALKING", "Walking", [
    "Pain does not limit how far I can walk.",
    "Because of pain I cannot walk further than about 1 mile (1.6 km).",
    "Because of pain I cannot walk further than about a quarter of a mile (400 m).",
    "Because of pain I cannot walk further than about 100 yards (100 m).",
    "I can walk only with a stick or crutches.",
    "I spend most of my time in bed.",
  ]],
  ["SITTING", "Sitting", [
    "Any chair is fine, for as long as I want to sit.",
    "Only my own favourite chair lets me sit for as long as I want.",
    "Because of pain I cannot sit for longer than an hour.",
    "Because of pain I cannot sit for longer than half an hour.",
    "Because of pain I cannot sit for longer than 10 minutes.",
    "Because of pain I cannot sit at all.",
  ]],
  ["STANDING", "Standing", [
    "I can stand for as long as I want and it does not add to my pain.",
    "I can stand for as long as I want, but it adds to my pain.",
    "Because of pain I cannot stand for longer than an hour.",
    "Because of pain I cannot stand for longer than half an hour.",
    "Because of pain I cannot stand for longer than 10 minutes.",
    "Because of pain I cannot stand at all.",
  ]],
  ["SLEEPING", "Sleeping", [
    "Pain never wakes me or keeps me awake.",
    "Pain now and then disturbs my sleep.",
    "Because of pain I get less than 6 hours of sleep.",
    "Because of pain I get less than 4 hours of sleep.",
    "Because of pain I get less than 2 hours of sleep.",
    "Because of pain I cannot sleep at all.",
  ]],
  ["SEX_LIFE", "Sex life (if it applies to you)", [
    "My sex life is as usual and does not add to my pain.",
    "My sex life is as usual but adds a little to my pain.",
    "My sex life is almost as usual but very painful.",
    "Pain greatly restricts my sex life.",
    "Because of pain I have almost no sex life.",
    "Because of pain I have no sex life at all.",
  ]],
  ["SOCIAL_LIFE", "Social life", [
    "My social life is as usual and does not add to my pain.",
    "My social life is as usual, but it makes my pain worse.",
    "Apart from cutting out more energetic pastimes such as sport, pain hardly affects my social life.",
    "Pain limits my social life and I go out less often.",
    "Because of pain my social life happens only at home.",
    "Because of pain I have no social life.",
  ]],
  ["TRAVELLING", "Travelling", [
    "I can travel anywhere and it does not hurt.",
    "I can travel anywhere, but it adds to my pain.",
    "Travel is painful, but I can manage trips of more than two hours.",
    "Because of pain I keep trips under an hour.",
    "Because of pain I make only short, necessary trips of under 30 minutes.",
    "Because of pain I travel only to get treatment.",
  ]],
];

/** Modified ODI (Fritz & Irrgang): section 8 becomes work / homemaking (DOMAIN.md §3.3). */
export const MODIFIED_ODI_SECTION_8: OdiSection = ["EMPLOYMENT_HOMEMAKING", "Work and housework", [
  "My usual work or housework does not cause pain.",
  "My usual work or housework adds to my pain, but I can still do all of it.",
  "I can do most of my work or housework, but pain stops the heavier tasks such as lifting or vacuuming.",
  "Because of pain I can do only light tasks.",
  "Because of pain I cannot do even light tasks.",
  "Because of pain I cannot do any paid work or housework.",
]];
