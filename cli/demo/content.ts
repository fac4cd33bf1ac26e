/**
 * Words for the demo visit: names, places and what evaluators typically write, in Russian and Ukrainian.
 * Invented for the demo; any likeness to a real company is accidental.
 */

export const EVALUATORS = ['Олена Ковальчук', 'Дмитрий Савченко', 'Ирина Белова', 'Андрій Мельник', 'Сергей Орлов', 'Наталія Бондар'];

export const VENDOR = 'ТОВ «Контакт-Сервіс Плюс»';
export const SITE = 'Київ, вул. Кирилівська, 41, 3-й поверх';

export const AGENT_NAMES = [
  'Анна К.', 'Богдан Т.', 'Вікторія С.', 'Максим Л.', 'Юлия П.', 'Олег Р.', 'Тетяна Г.', 'Ярослав Д.', 'Мария Н.', 'Игорь Ш.',
  'Катерина М.', 'Денис В.', 'Светлана О.', 'Роман Ф.', 'Ірина Ч.', 'Артем Є.',
];

export const ROLE_PEOPLE: Record<string, string[]> = {
  supervisor: ['Супервизор Алексей Гончар', 'Супервізор Марина Левченко', 'Супервизор Павел Кравец'],
  manager: ['Директор по операциям Виктор Руденко', 'Операційна директорка Оксана Ткач'],
  'account-manager': ['Аккаунт-менеджер Елена Сидоренко', 'Акаунт-менеджер Тарас Шевчук'],
  trainer: ['Тренер Ольга Мороз', 'Коуч Андрей Зайцев'],
  monitoring: ['Специалист RTA Дарья Кузьменко', 'Фахівець з моніторингу Іван Бойко'],
  it: ['Системный администратор Николай Лысенко'],
  hr: ['HR-менеджер Світлана Коваленко', 'Рекрутер Наталья Власенко'],
};

/** What respondents said, by question id; `match` is the evaluator's judgement against the reference. */
export const INTERVIEW_ANSWERS: Record<string, { answer: string; match: 'yes' | 'partly' | 'no' }[]> = {
  'corporate-values': [
    { answer: 'Клиент в центре, ответственность, командная работа — висят у нас в зале.', match: 'yes' },
    { answer: 'Що ми за клієнта і... ще щось про команду, точно не пам’ятаю.', match: 'partly' },
    { answer: 'Не помню, нам на тренинге рассказывали.', match: 'no' },
  ],
  'induction-training': [
    { answer: 'Две недели в классе, потом неделя на линии с наставником.', match: 'yes' },
    { answer: 'Тиждень теорії, потім одразу на лінію, наставник сидів поруч перші дні.', match: 'partly' },
  ],
  'training-strategy': [
    { answer: 'Последний тренинг — по сложным клиентам в прошлом месяце, следующий в декабре.', match: 'yes' },
    { answer: 'Останнє навчання було при запуску проєкту, про наступне не чула.', match: 'no' },
  ],
  'infosec-policies-known': [
    { answer: 'Телефоны сдаём в шкафчик, на рабочем месте ничего не записываем, пароль меняем раз в месяц.', match: 'yes' },
    { answer: 'Телефон не можна брати в зал, це знаю. Про інше не скажу.', match: 'partly' },
  ],
  'account-manager': [
    { answer: 'Ведёт ещё два проекта, на наш выделяет около половины времени.', match: 'partly' },
    { answer: 'Буде працювати тільки з вашим проєктом, інших не має.', match: 'yes' },
  ],
  'real-time-monitoring': [
    { answer: 'Следим за очередью и статусами операторов в реальном времени, пороги настроены по проекту.', match: 'yes' },
  ],
};

export const GENERIC_ANSWERS: { answer: string; match: 'yes' | 'partly' | 'no' }[] = [
  { answer: 'Да, так и есть, показал на примере.', match: 'yes' },
  { answer: 'Так, розповів докладно, збігається з тим, що написано в пропозиції.', match: 'yes' },
  { answer: 'В целом да, но без подробностей.', match: 'partly' },
  { answer: 'Частково: про процес знає, прикладу навести не зміг.', match: 'partly' },
  { answer: 'Ответил, что этим занимается другой отдел.', match: 'no' },
];

export const FREQUENCY_ANSWERS = [
  { answer: 'Раз в две недели, по четвергам.', count: 2, period: 'month' as const },
  { answer: 'Щотижня, зазвичай у понеділок.', count: 1, period: 'week' as const },
  { answer: 'Раз в месяц, иногда реже.', count: 1, period: 'month' as const },
  { answer: 'Раз на квартал.', count: 1, period: 'quarter' as const },
  { answer: 'Раз в год, осенью.', count: 1, period: 'year' as const },
];

export const OBSERVE_NOTES = {
  seen: ['Видели сами, сфотографировали.', 'Бачили на власні очі.', 'Показали без подготовки.'],
  'not-seen': ['Не нашли, хотя обошли весь этаж.', 'Не побачили, хоча шукали.'],
  'not-shown': ['Обещали показать позже, так и не показали.', 'Відмовились показати: «конфіденційно».'],
} as const;

export const DOCUMENT_FIELDS = {
  standard: ['ISO/IEC 27001:2013', 'ISO/IEC 27001:2022'],
  issuer: ['TÜV Rheinland Україна', 'Bureau Veritas Certification'],
  number: ['UA-27001-0412', '№ 18/2024-ИБ', 'ДГ-2023/117'],
  scope: ['Обслуживание входящих вызовов, офис на Кирилловской', 'Контакт-центр, усі площадки'],
  validUntil: ['2026-03-31', '2025-12-15', '2027-06-30'],
  party: ['Genesys Ukraine', 'ТОВ «Телеком Рішення»'],
  date: ['2025-10-28', '2025-10-14', '2025-09-30'],
} as const;

export const PHOTO_CAPTIONS = [
  'Операционный зал, вид от входа',
  'Зал Б, ряды рабочих мест',
  'Стенд с корпоративными ценностями',
  'Екран моніторингу черги',
  'Дизель-генератор во дворе',
  'Титульна сторінка сертифіката',
  'План обучения на 2025 год',
  'Рабочее место оператора: гарнитура, два монитора',
  'Договір техпідтримки, перша сторінка',
  'Демонстрация базы знаний',
];

export const CLAIMS: Record<string, string> = {
  'agent-seats': '240 рабочих мест',
  'agents-per-supervisor': '15 операторов на супервайзера',
  'one-to-one-frequency': 'раз в две недели',
  'calls-evaluated-before-one-to-one': '5 звонков',
  'supervisor-group-meetings': 'ежемесячно',
  'informal-team-meetings': 'раз в квартал',
  'staff-turnover': '35%',
  'staff-satisfaction-surveys': 'два раза в год',
  'knowledge-testing-frequency': 'щомісяця',
  'kb-search-time': 'до 10 секунд',
  'call-center-platform': 'Genesys PureConnect',
  'infosec-standard': 'ISO/IEC 27001',
};

export const TEXT_CLAIMS = [
  'Да, описано в разделе 4 предложения',
  'Так, є затверджений документ',
  'Да, с 2019 года',
  'Так, на всіх проєктах',
];
