package org.frontline.bench;

import java.util.Random;

/**
 * Our own sentence templates for the synthetic corpus, per language: claims, denials, forecasts,
 * context-only mentions and filler. {place} is a settlement, {km} a distance. Russian and Ukrainian
 * templates keep the name in the nominative (after "населённый пункт", "населений пункт").
 */
final class Templates {
    static final String[] CLAIMS = {
        "en|Russia's defence ministry said on Tuesday that its forces had captured {place}.",
        "en|Ukraine's General Staff said its troops had retaken {place} after days of fighting.",
        "en|Heavy fighting continued in {place}, the regional governor said.",
        "en|Russian forces advanced on the outskirts of {place}, according to the Institute for the Study of War.",
        "en|Russian artillery shelled {place} overnight, local officials said.",
        "en|Ukrainian troops withdrew from {place} to avoid encirclement, a military spokesman said.",
        "es|El Ministerio de Defensa ruso afirmó que sus tropas tomaron el control de {place}.",
        "es|Las fuerzas ucranianas recuperaron {place}, según el Estado Mayor de Ucrania.",
        "es|Continúan los combates en {place}, informó el gobernador regional.",
        "fr|Le ministère russe de la Défense a affirmé que ses forces avaient pris {place}.",
        "fr|Les forces ukrainiennes ont repris {place}, selon l'état-major ukrainien.",
        "fr|De violents combats se poursuivent à {place}, a indiqué le gouverneur.",
        "de|Das russische Verteidigungsministerium erklärte, seine Truppen hätten {place} eingenommen.",
        "de|Ukrainische Truppen haben {place} zurückerobert, teilte der Generalstab mit.",
        "de|In {place} gehen die schweren Kämpfe weiter, sagte der Gouverneur.",
        "ru|Минобороны России сообщило об освобождении населённого пункта {place}.",
        "ru|Бои продолжаются за населённый пункт {place}, сообщили в штабе.",
        "uk|Генштаб ЗСУ повідомив, що українські війська звільнили населений пункт {place}.",
        "uk|Тривають бої за населений пункт {place}, повідомили у штабі.",
    };
    static final String[] DENIALS = {
        "en|Kyiv denied Russian claims that its troops in {place} were encircled.",
        "es|Kiev negó que sus tropas en {place} estuvieran cercadas.",
        "fr|Kiev a démenti que ses troupes soient encerclées à {place}.",
        "de|Kiew dementierte, dass seine Truppen in {place} eingekesselt seien.",
        "ru|В Киеве опровергли сообщения об окружении населённого пункта {place}.",
        "uk|У Генштабі ЗСУ спростували заяви про оточення населеного пункту {place}.",
    };
    static final String[] FORECASTS = {
        "en|Analysts warned that {place} could fall within weeks.",
        "es|Los analistas advierten que {place} podría caer en semanas.",
        "fr|Selon des analystes, {place} pourrait tomber d'ici quelques semaines.",
        "de|Analysten warnen, {place} könnte in wenigen Wochen fallen.",
        "ru|Аналитики считают, что населённый пункт {place} может пасть в ближайшие недели.",
        "uk|Аналітики вважають, що населений пункт {place} може впасти найближчими тижнями.",
    };
    static final String[] CONTEXT = {
        "en|The village lies about {km} kilometres from {place}.",
        "en|Supply routes run through {place}, officials noted.",
        "es|La localidad se encuentra a unos {km} kilómetros de {place}.",
        "fr|Le village se trouve à environ {km} kilomètres de {place}.",
        "de|Das Dorf liegt etwa {km} Kilometer von {place} entfernt.",
        "ru|Село находится примерно в {km} километрах от населённого пункта {place}.",
        "uk|Село розташоване приблизно за {km} кілометрів від населеного пункту {place}.",
    };
    static final String[] FILLER = {
        "en|Residents described long queues for water and bread.",
        "en|Power was restored to several districts by the evening.",
        "es|Los vecinos describieron largas colas para conseguir agua.",
        "fr|Les habitants ont décrit de longues files d'attente pour l'eau.",
        "de|Anwohner berichteten von langen Schlangen für Wasser und Brot.",
        "ru|Жители рассказали о длинных очередях за водой и хлебом.",
        "uk|Мешканці розповіли про довгі черги за водою та хлібом.",
    };

    private Templates() {
    }

    static String pick(String[] templates, String lang, Random random) {
        String prefix = lang + "|";
        int count = 0;
        for (String t : templates) {
            count += t.startsWith(prefix) ? 1 : 0;
        }
        if (count == 0) {
            return pick(templates, "en", random);
        }
        int k = random.nextInt(count);
        for (String t : templates) {
            if (t.startsWith(prefix) && k-- == 0) {
                return t.substring(prefix.length());
            }
        }
        throw new IllegalStateException("unreachable");
    }
}
