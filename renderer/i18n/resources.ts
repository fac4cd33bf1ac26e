import type { Lang } from '../domain/template/schema';
import ruAbout from '../../locales/ru/about.json';
import ruApp from '../../locales/ru/app.json';
import ruClosing from '../../locales/ru/closing.json';
import ruDossier from '../../locales/ru/dossier.json';
import ruLibrary from '../../locales/ru/library.json';
import ruPackages from '../../locales/ru/packages.json';
import ruPhotos from '../../locales/ru/photos.json';
import ruReport from '../../locales/ru/report.json';
import ruReportTools from '../../locales/ru/reportTools.json';
import ruTools from '../../locales/ru/tools.json';
import ruUi from '../../locales/ru/ui.json';
import ruVerdict from '../../locales/ru/verdict.json';
import ruVisit from '../../locales/ru/visit.json';
import ruVisits from '../../locales/ru/visits.json';
import ukAbout from '../../locales/uk/about.json';
import ukApp from '../../locales/uk/app.json';
import ukClosing from '../../locales/uk/closing.json';
import ukDossier from '../../locales/uk/dossier.json';
import ukLibrary from '../../locales/uk/library.json';
import ukPackages from '../../locales/uk/packages.json';
import ukPhotos from '../../locales/uk/photos.json';
import ukReport from '../../locales/uk/report.json';
import ukReportTools from '../../locales/uk/reportTools.json';
import ukTools from '../../locales/uk/tools.json';
import ukUi from '../../locales/uk/ui.json';
import ukVerdict from '../../locales/uk/verdict.json';
import ukVisit from '../../locales/uk/visit.json';
import ukVisits from '../../locales/uk/visits.json';
import enAbout from '../../locales/en/about.json';
import enApp from '../../locales/en/app.json';
import enClosing from '../../locales/en/closing.json';
import enDossier from '../../locales/en/dossier.json';
import enLibrary from '../../locales/en/library.json';
import enPackages from '../../locales/en/packages.json';
import enPhotos from '../../locales/en/photos.json';
import enReport from '../../locales/en/report.json';
import enReportTools from '../../locales/en/reportTools.json';
import enTools from '../../locales/en/tools.json';
import enUi from '../../locales/en/ui.json';
import enVerdict from '../../locales/en/verdict.json';
import enVisit from '../../locales/en/visit.json';
import enVisits from '../../locales/en/visits.json';

/**
 * Every translation of the app, CLI and dossier: `locales/<lang>/<namespace>.json`, one file per namespace and
 * language so a translator edits plain JSON. Imported statically (not fetched) because the app makes no network
 * request and the same table must load in the renderer, the PDF worker and Node. English is the reference the
 * key types come from; the parity test holds the other languages to it.
 */
export const EN = {
  about: enAbout,
  app: enApp,
  closing: enClosing,
  dossier: enDossier,
  library: enLibrary,
  packages: enPackages,
  photos: enPhotos,
  report: enReport,
  reportTools: enReportTools,
  tools: enTools,
  ui: enUi,
  verdict: enVerdict,
  visit: enVisit,
  visits: enVisits,
};

export type Namespace = keyof typeof EN;
export type Resources = Record<Namespace, Record<string, string>>;

export const RESOURCES: Record<Lang, Resources> = {
  ru: {
    about: ruAbout,
    app: ruApp,
    closing: ruClosing,
    dossier: ruDossier,
    library: ruLibrary,
    packages: ruPackages,
    photos: ruPhotos,
    report: ruReport,
    reportTools: ruReportTools,
    tools: ruTools,
    ui: ruUi,
    verdict: ruVerdict,
    visit: ruVisit,
    visits: ruVisits,
  },
  uk: {
    about: ukAbout,
    app: ukApp,
    closing: ukClosing,
    dossier: ukDossier,
    library: ukLibrary,
    packages: ukPackages,
    photos: ukPhotos,
    report: ukReport,
    reportTools: ukReportTools,
    tools: ukTools,
    ui: ukUi,
    verdict: ukVerdict,
    visit: ukVisit,
    visits: ukVisits,
  },
  en: EN,
};

export const NAMESPACES = Object.keys(EN) as Namespace[];
