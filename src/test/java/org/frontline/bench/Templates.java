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
    /** Narrative with no place name: most of a real report's sentences. */
    static final String[] FILLER = {
        "en|Residents described long queues for water and bread.",
        "en|Power was restored to several districts by the evening.",
        "en|Schools in the region have moved their lessons online for the rest of the term.",
        "en|Volunteers delivered medicine and warm clothing to the elderly.",
        "en|Prices for fuel and food have risen sharply since the spring.",
        "en|Many of the remaining residents are pensioners who refuse to leave their homes.",
        "en|Officials said repairs to the water network would take several weeks.",
        "en|Aid workers said the number of families asking for help had doubled.",
        "es|Los vecinos describieron largas colas para conseguir agua.",
        "es|La electricidad volvió a varios barrios por la tarde.",
        "es|Las escuelas de la región siguen con las clases a distancia.",
        "es|Los voluntarios repartieron medicinas y ropa de abrigo entre los ancianos.",
        "es|Los precios del combustible y de los alimentos han subido mucho desde la primavera.",
        "es|Muchos de los vecinos que quedan son jubilados que no quieren abandonar sus casas.",
        "fr|Les habitants ont décrit de longues files d'attente pour l'eau.",
        "fr|L'électricité a été rétablie dans plusieurs quartiers dans la soirée.",
        "fr|Les écoles de la région continuent les cours à distance.",
        "fr|Des bénévoles ont distribué des médicaments et des vêtements chauds aux personnes âgées.",
        "fr|Les prix du carburant et de la nourriture ont fortement augmenté depuis le printemps.",
        "fr|Beaucoup des habitants restants sont des retraités qui refusent de quitter leur maison.",
        "de|Anwohner berichteten von langen Schlangen für Wasser und Brot.",
        "de|Am Abend wurde die Stromversorgung in mehreren Stadtteilen wiederhergestellt.",
        "de|Die Schulen der Region unterrichten weiterhin aus der Ferne.",
        "de|Freiwillige verteilten Medikamente und warme Kleidung an ältere Menschen.",
        "de|Die Preise für Treibstoff und Lebensmittel sind seit dem Frühjahr stark gestiegen.",
        "de|Viele der verbliebenen Bewohner sind Rentner, die ihre Häuser nicht verlassen wollen.",
        "ru|Жители рассказали о длинных очередях за водой и хлебом.",
        "ru|К вечеру электроснабжение восстановили в нескольких районах.",
        "ru|Школы региона продолжают работать в дистанционном режиме.",
        "ru|Волонтёры раздали пожилым людям лекарства и тёплую одежду.",
        "ru|Цены на топливо и продукты заметно выросли с весны.",
        "ru|Многие из оставшихся жителей — пенсионеры, которые не хотят покидать свои дома.",
        "uk|Мешканці розповіли про довгі черги за водою та хлібом.",
        "uk|До вечора електропостачання відновили в кількох районах.",
        "uk|Школи області продовжують працювати дистанційно.",
        "uk|Волонтери роздали літнім людям ліки та теплий одяг.",
        "uk|Ціни на пальне та продукти помітно зросли з весни.",
        "uk|Багато хто з тих, хто залишився, — пенсіонери, які не хочуть залишати свої домівки.",
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
