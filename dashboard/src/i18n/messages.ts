import type { Lang } from '@qadagalau/shared';

export const messages = {
  kk: {
    app: {
      title: 'Qadagalau',
      subtitle: 'Әкімшілік құқық бұзушылық істері бойынша сот актілерінің заңдылығын қадағалау',
    },
    lang: { label: 'Тіл' },
    regions: {
      title: 'Өңірлер',
      loading: 'Жүктелуде…',
      error: 'Деректерді жүктеу мүмкін болмады',
      count: '{n} өңір',
    },
    placeholder:
      'Басқару тақтасы әзірленуде: тыңдаулар, мерзімдер, тағайындаулар және көрсеткіштер осында болады.',
  },
  ru: {
    app: {
      title: 'Qadagalau',
      subtitle: 'Надзор за законностью судебных актов по делам об административных правонарушениях',
    },
    lang: { label: 'Язык' },
    regions: {
      title: 'Регионы',
      loading: 'Загрузка…',
      error: 'Не удалось загрузить данные',
      count: '{n} регионов',
    },
    placeholder: 'Панель в разработке: здесь будут заседания, сроки, закрепления и показатели.',
  },
  en: {
    app: {
      title: 'Qadagalau',
      subtitle: 'Supervision of the legality of court acts in administrative-offense cases',
    },
    lang: { label: 'Language' },
    regions: {
      title: 'Regions',
      loading: 'Loading…',
      error: 'Could not load the data',
      count: '{n} regions',
    },
    placeholder:
      'The dashboard is being built: hearings, deadlines, assignments and indicators will be here.',
  },
} satisfies Record<Lang, unknown>;

/** Each language named in itself (the selector shows these whatever the interface language is). */
export const langNames: Record<Lang, string> = { kk: 'Қазақша', ru: 'Русский', en: 'English' };
