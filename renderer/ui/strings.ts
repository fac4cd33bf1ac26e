import { registerStrings } from '../i18n';

const en = {
  cancel: 'Cancel',
  close: 'Close',
  dismiss: 'Dismiss',
  confirm: 'Confirm',
  working: 'Working…',
  required: 'required',
  optional: 'optional',
  notifications: 'Notifications',
  failed: 'That did not work: {{message}}',
  chooseFile: 'Choose a file…',
  chooseFiles: 'Choose files…',
  noFile: 'No file chosen',
  noFiles: 'No files chosen',
};
type Keys = keyof typeof en;

const ru: Record<Keys, string> = {
  cancel: 'Отмена',
  close: 'Закрыть',
  dismiss: 'Скрыть',
  confirm: 'Подтвердить',
  working: 'Выполняется…',
  required: 'обязательно',
  optional: 'необязательно',
  notifications: 'Уведомления',
  failed: 'Не получилось: {{message}}',
  chooseFile: 'Выбрать файл…',
  chooseFiles: 'Выбрать файлы…',
  noFile: 'Файл не выбран',
  noFiles: 'Файлы не выбраны',
};

const uk: Record<Keys, string> = {
  cancel: 'Скасувати',
  close: 'Закрити',
  dismiss: 'Приховати',
  confirm: 'Підтвердити',
  working: 'Виконується…',
  required: "обов'язково",
  optional: "необов'язково",
  notifications: 'Сповіщення',
  failed: 'Не вдалося: {{message}}',
  chooseFile: 'Вибрати файл…',
  chooseFiles: 'Вибрати файли…',
  noFile: 'Файл не вибрано',
  noFiles: 'Файли не вибрано',
};

registerStrings('ui', { ru, uk, en });
