//! Tests of the youth_terms lexicon rules (issue 19): an age written as a
//! number is no youth word, "just turned 18" is (also with the age in
//! words); freshness words count only next to a person noun; youth words
//! about clients and body-size words are not youth terms.

use super::find_in_text;
use crate::model::IndicatorCode;

fn youth(text: &str, lang: &str) -> Vec<String> {
    find_in_text(text, Some(lang), IndicatorCode::YouthTerms)
        .into_iter()
        .map(|e| e.excerpt)
        .collect()
}

fn assert_none(cases: &[(&str, &str)]) {
    for (lang, text) in cases {
        let got = youth(text, lang);
        assert!(got.is_empty(), "{lang}: {text:?} gave {got:?}");
    }
}

fn assert_some(cases: &[(&str, &str)]) {
    for (lang, text) in cases {
        assert!(
            !youth(text, lang).is_empty(),
            "{lang}: {text:?} gave nothing"
        );
    }
}

#[test]
fn a_stated_age_is_no_youth_term() {
    assert_none(&[
        ("en", "Hi, I am 19 and live in Leeds."),
        ("en", "I am 18 years old and work from my own flat."),
        ("en", "Adults only: only 18+ may enter."),
        ("da", "Jeg hedder Mette og er 18 år."),
        ("da", "Du skal være fyldt 18 år for at se siden."),
        ("nb", "Jeg er 18 år og bor i Bodø."),
        ("sv", "Du måste vara 18 år eller äldre."),
        ("de", "Ich bin 18 Jahre alt und wohne in Kiel."),
        ("pl", "Mam 18 lat i mieszkam w Gdyni."),
        ("ro", "Trebuie sa ai 18 ani impliniti."),
        ("es", "Soy Lucía, tengo 18 años."),
    ]);
}

#[test]
fn just_turned_an_age_is_a_youth_term_also_in_words() {
    assert_some(&[
        ("en", "Only just eighteen and new here."),
        ("en", "She has just turned nineteen."),
        ("da", "To veninder, nitten og lige fyldt atten."),
        ("nb", "Hun har akkurat fylt atten."),
        ("sv", "Precis fyllda 18 och glad."),
        ("de", "Gerade erst achtzehn geworden."),
        ("pl", "Dopiero co skończyła osiemnaście lat."),
        ("ro", "Abia a implinit optsprezece ani."),
        ("es", "Acaba de cumplir dieciocho."),
    ]);
}

#[test]
fn looking_much_younger_is_a_youth_term() {
    assert_some(&[
        ("sv", "Hon ser mycket yngre ut än hon är."),
        ("da", "Hun ser meget yngre ud."),
        ("en", "She looks much younger."),
    ]);
}

#[test]
fn freshness_counts_only_next_to_a_person_noun() {
    assert_none(&[
        ("en", "Fresh towels and a fresh pot of tea for every guest."),
        ("de", "Frische Handtücher und frisch gebrühter Tee."),
        ("ro", "Prosoape curate si proaspete, ceai proaspat."),
        ("sv", "Fräscha rum nära stationen."),
        ("da", "Friske blomster i stuen."),
        ("nb", "Fersk kaffe og frisk frukt."),
        ("pl", "Świeża pościel i kawa."),
        ("es", "Bebidas frescas y aire acondicionado."),
    ]);
    assert_some(&[
        ("en", "Fresh girl in town this week."),
        ("da", "Frisk pige i Odense."),
        ("nb", "Fersk jente i Bergen."),
        ("sv", "Fräsch tjej i Lund."),
        ("de", "Frische Mädchen in Kiel."),
        ("pl", "Świeża dziewczyna w Gdyni."),
        ("ro", "Fata proaspata si dulce din Arad."),
        ("es", "Chica fresca en Vigo."),
    ]);
}

#[test]
fn youth_words_about_clients_are_no_youth_terms() {
    assert_none(&[
        ("en", "Young professionals and older gents equally welcome."),
        ("sv", "Unga killar under 25 tar jag inte emot."),
        ("da", "Unge fyre under 25 tager jeg ikke imod."),
        ("de", "Junge Kerle unter 25 empfange ich nicht."),
    ]);
    // A woman calling herself young still counts.
    assert_some(&[("en", "Young professional, 26, working in the city.")]);
}

#[test]
fn body_size_words_are_no_youth_terms() {
    assert_none(&[
        ("ro", "Masha, 22, micuta si bruneta."),
        ("es", "Lin, 22, pequeña y morena."),
        ("en", "Tiny flat near the station, easy parking."),
    ]);
}

#[test]
fn an_age_as_a_noun_for_her_or_just_of_age_is_a_youth_term() {
    assert_some(&[
        ("da", "Sød 18-årig fra Vejle."),
        ("sv", "Precis myndig och glad."),
        ("pl", "Ola, świeża 18-stka z Gdyni."),
        ("nb", "Søt jente med tenåringsutseende."),
    ]);
}

#[test]
fn years_young_is_no_youth_term_but_swedish_is_young_is() {
    // Swedish "är" ("is") folds into "år" ("years").
    assert_none(&[
        ("sv", "Eva, 45 år ung och glad."),
        ("da", "Mette, 42 år og ung til sindet."),
    ]);
    assert_some(&[("sv", "Hon är ung och lite blyg.")]);
}
