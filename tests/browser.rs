//! Components and state transitions in a real browser (wasm-bindgen-test, headless Chromium).
//! Each test mounts into its own element and awaits `yew::scheduler::flush()`, never a sleep.
// The size rules (clippy.toml) are for the WebAssembly the app ships; test code.
#![allow(clippy::disallowed_macros, clippy::disallowed_methods)]
#![cfg(target_arch = "wasm32")]

mod common;

use common::{Show, ShowProps};
use role_quiz::app::App;
use role_quiz::pages::question::{question_page, QuestionProps};
use role_quiz::quiz::{bank, TEXT};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement, KeyboardEvent, KeyboardEventInit};
use yew::Callback;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("document")
}

fn mount_point() -> Element {
    let div = document().create_element("div").expect("div");
    document()
        .body()
        .expect("body")
        .append_child(&div)
        .expect("append");
    div
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).expect("selector");
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
        .collect()
}

fn click(el: &Element) {
    el.dyn_ref::<HtmlElement>().expect("html element").click();
}

fn key(target: &Element, key: &str) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let e = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).expect("event");
    target.dispatch_event(&e).expect("dispatch");
}

fn recorder<T: 'static>() -> (Callback<T>, Rc<RefCell<Vec<T>>>) {
    let seen = Rc::new(RefCell::new(Vec::new()));
    let s = seen.clone();
    (Callback::from(move |v| s.borrow_mut().push(v)), seen)
}

#[wasm_bindgen_test]
async fn clicking_a_radio_reports_its_index() {
    let root = mount_point();
    let (on_choose, seen) = recorder::<u8>();
    let (on_pick, picked) = recorder::<u8>();
    let props = QuestionProps {
        index: 0,
        seed: 3,
        answer: Some(0),
        last: false,
        on_choose,
        on_pick,
        pointer: Default::default(),
        on_undo: None,
        on_next: Callback::noop(),
        on_back: Callback::noop(),
    };
    let props = ShowProps {
        html: question_page(&props),
    };
    yew::Renderer::<Show>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    let radios = all(&root, "input[type=radio]");
    assert_eq!(radios.len(), bank().questions[0].options.len());
    let value = |el: &Element| el.dyn_ref::<HtmlInputElement>().expect("input").value();
    // Shown in the person's own order; each radio carries its option's index as written.
    let order = role_quiz::quiz::order::shown(3, 0, &bank().questions[0]);
    let values: Vec<String> = radios.iter().map(value).collect();
    assert_eq!(values, order.iter().map(u8::to_string).collect::<Vec<_>>());
    let checked = radios
        .iter()
        .find(|r| r.dyn_ref::<HtmlInputElement>().expect("input").checked())
        .expect("the answer is checked");
    assert_eq!(value(checked), "0");
    // Clicking another option (one not already checked) reports that option's index.
    let pos = order.iter().position(|&o| o != 0).expect("another option");
    click(&radios[pos]);
    assert_eq!(*seen.borrow(), vec![order[pos]]);
    // A click with no pointer behind it (arrow keys and Space "click" radios) only chooses...
    assert!(picked.borrow().is_empty());
    // ...while a tap or mouse click on an option picks it and moves on.
    let other = (pos + 1) % order.len();
    let label = radios[other].parent_element().expect("label");
    let down = web_sys::Event::new("pointerdown").expect("event");
    label.dispatch_event(&down).expect("dispatched");
    click(&radios[other]);
    assert_eq!(*picked.borrow(), vec![order[other]]);
}

#[wasm_bindgen_test]
async fn number_keys_choose_and_enter_continues() {
    let root = mount_point();
    let (on_choose, chosen) = recorder::<u8>();
    let (on_next, nexts) = recorder::<()>();
    let (on_back, backs) = recorder::<()>();
    let props = QuestionProps {
        index: 0,
        seed: 11,
        answer: Some(1),
        last: false,
        on_choose,
        on_pick: Callback::noop(),
        pointer: Default::default(),
        on_undo: None,
        on_next,
        on_back,
    };
    let props = ShowProps {
        html: question_page(&props),
    };
    yew::Renderer::<Show>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    let heading = root
        .query_selector("#screen-heading")
        .ok()
        .flatten()
        .expect("heading");
    key(&heading, "3");
    key(&heading, "9"); // out of range: ignored
    key(&heading, "Enter");
    // Key 3 picks the third option shown, reported by its index as written.
    let order = role_quiz::quiz::order::shown(11, 0, &bank().questions[0]);
    assert_eq!(*chosen.borrow(), vec![order[2]]);
    assert_eq!(nexts.borrow().len(), 1);
    let back = all(&root, "button")
        .into_iter()
        .find(|b| b.text_content().as_deref() == Some("Back"));
    click(&back.expect("back button"));
    assert_eq!(backs.borrow().len(), 1);
}

fn storage() -> web_sys::Storage {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .expect("storage")
}

/// Waits for the timers already set to run (timers of equal delay run in the order set).
async fn next_task() {
    let p = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .expect("window")
            .set_timeout_with_callback(&resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(p).await;
}

fn button(root: &Element, text: &str) -> Element {
    all(root, "button")
        .into_iter()
        .find(|b| b.text_content().as_deref() == Some(text))
        .unwrap_or_else(|| panic!("no button {text:?}"))
}

/// Hands the app the late words as the page's boot script does (`js/late-text.js`): the
/// questions and the results' words are not compiled into the WebAssembly.
fn give_late_words() {
    let file = include_str!(concat!(env!("OUT_DIR"), "/late.txt"));
    let w = web_sys::window().expect("window");
    js_sys::Reflect::set(&w, &"roleQuizLate".into(), &file.into()).expect("set");
}

#[wasm_bindgen_test]
async fn the_app_walks_the_quiz_saves_and_moves_focus() {
    give_late_words();
    storage().clear().expect("clear");
    let _ = web_sys::window().expect("window").location().set_hash("");
    let root = mount_point();
    let app = yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    let start = root
        .query_selector("a#start")
        .ok()
        .flatten()
        .expect("start link");
    click(&start);
    yew::scheduler::flush().await;
    let b = bank();
    let (n, core) = (b.questions.len(), role_quiz::quiz::adaptive::core(&b));
    let mut asked = 0;
    for i in 0..n {
        if root.query_selector("form").ok().flatten().is_none() {
            break; // the answers settled the quiz: the result is on screen
        }
        asked += 1;
        let h = root
            .query_selector("#screen-heading")
            .ok()
            .flatten()
            .expect("heading");
        assert_eq!(
            h.text_content().as_deref(),
            Some(bank().questions[i].prompt.get())
        );
        let active = document().active_element().map(|e| e.id());
        assert_eq!(
            active.as_deref(),
            Some("screen-heading"),
            "focus on question {i}"
        );
        let progress = if i < core {
            format!("Question {} of at least {core}", i + 1)
        } else {
            format!("Question {} · a few more to be sure", i + 1)
        };
        assert!(root.text_content().unwrap_or_default().contains(&progress));
        click(&all(&root, "input[type=radio]")[0]);
        yew::scheduler::flush().await;
        key(&h, "Enter");
        yew::scheduler::flush().await;
    }
    assert!((core..=n).contains(&asked), "asked {asked}");
    let text = root.text_content().unwrap_or_default();
    let levels = [
        TEXT.level_clear.get(),
        TEXT.level_leaning.get(),
        TEXT.level_both.get(),
        TEXT.level_open.get(),
    ];
    assert!(levels.iter().any(|l| text.contains(l)), "{text}");
    let _ = button(&root, "Retake the quiz");
    assert!(text.contains("Machine Learning Engineer"));
    let saved = storage()
        .get_item("role-quiz")
        .ok()
        .flatten()
        .expect("saved");
    let prefix = format!("p2.{}.", role_quiz::quiz::CONTENT_VERSION);
    assert!(
        saved.starts_with(&prefix) && saved.contains(".r."),
        "{saved}"
    );
    // The address follows in a task of its own, after the step is painted (`web::set_hash`).
    next_task().await;
    assert_eq!(
        web_sys::window()
            .expect("w")
            .location()
            .hash()
            .ok()
            .as_deref(),
        Some("#/result")
    );
    app.destroy();
}

#[wasm_bindgen_test]
async fn corrupt_storage_starts_fresh() {
    storage().set_item("role-quiz", "{not:valid").expect("set");
    let _ = web_sys::window().expect("window").location().set_hash("");
    let root = mount_point();
    let app = yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    let text = root.text_content().unwrap_or_default();
    assert!(text.contains("Start the quiz"), "{text}");
    assert!(!text.contains("Continue where you left off"));
    app.destroy();
}
