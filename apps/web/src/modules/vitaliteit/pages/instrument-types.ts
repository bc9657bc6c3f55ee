/* The parts of an instrument file (data/instruments, docs/vitality.md) the answering page reads. */
type Loc = { nl: string; en: string };
export type FormItem = { id: string; text: Loc; responseScale: string; hint?: Loc; private?: boolean };
export type FormInstrument = {
  id: string;
  name: Loc;
  validated: boolean;
  source: { translation?: Loc };
  responseScales: { id: string; options: { label: Loc }[] }[];
  sections: { id: string; title: Loc; intro?: Loc; items: string[] }[];
  items: FormItem[];
};
export type Answers = Record<string, Record<string, number | string | null>>;
