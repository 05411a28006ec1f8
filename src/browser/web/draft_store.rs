//! The studio's draft, kept in IndexedDB so a closed tab or a crash loses
//! nothing. Every call says whether the browser let it happen: private
//! windows and blocked storage refuse, and the studio says so.

use js_sys::{Object, Promise, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbObjectStore, IdbRequest, IdbTransaction, IdbTransactionMode};

const DATABASE: &str = "greenfair-studio";
const STORE: &str = "drafts";
/// The one draft the studio keeps.
const KEY: &str = "current";

/// The result of an IndexedDB request, once it settles.
async fn settle(request: &IdbRequest) -> Result<JsValue, JsValue> {
    let promise = Promise::new(&mut |resolve, reject| {
        request.set_onsuccess(Some(&resolve));
        request.set_onerror(Some(&reject));
    });
    JsFuture::from(promise).await?;
    request.result()
}

/// The studio's database, made on first use.
async fn database() -> Result<IdbDatabase, JsValue> {
    let factory = web_sys::window()
        .ok_or(JsValue::NULL)?
        .indexed_db()?
        .ok_or(JsValue::NULL)?;
    let request = factory.open_with_u32(DATABASE, 1)?;
    let upgrade = Closure::<dyn FnMut(web_sys::Event)>::new(|event: web_sys::Event| {
        let database = event
            .target()
            .and_then(|t| t.dyn_into::<IdbRequest>().ok())
            .and_then(|r| r.result().ok())
            .and_then(|d| d.dyn_into::<IdbDatabase>().ok());
        if let Some(database) = database {
            let _ = database.create_object_store(STORE);
        }
    });
    request.set_onupgradeneeded(Some(upgrade.as_ref().unchecked_ref()));
    let database = settle(&request).await;
    request.set_onupgradeneeded(None);
    drop(upgrade);
    database?.dyn_into()
}

/// Waits until `transaction` is committed (true) or fails or aborts.
async fn committed(transaction: &IdbTransaction) -> bool {
    let promise = Promise::new(&mut |resolve, reject| {
        transaction.set_oncomplete(Some(&resolve));
        transaction.set_onerror(Some(&reject));
        transaction.set_onabort(Some(&reject));
    });
    JsFuture::from(promise).await.is_ok()
}

/// Runs `write` on the draft store in one transaction; true once the
/// browser has committed it (so a crash right after loses nothing).
async fn write(write: impl FnOnce(&IdbObjectStore) -> Result<IdbRequest, JsValue>) -> bool {
    let Ok(database) = database().await else {
        return false;
    };
    let done = match database.transaction_with_str_and_mode(STORE, IdbTransactionMode::Readwrite) {
        Ok(transaction) => match transaction
            .object_store(STORE)
            .and_then(|store| write(&store))
        {
            Ok(_) => committed(&transaction).await,
            Err(_) => false,
        },
        Err(_) => false,
    };
    // Each use opens its own connection: close it once the transaction is over.
    database.close();
    done
}

/// The kept draft: its file name and text.
pub async fn load_draft() -> Option<(String, String)> {
    let database = database().await.ok()?;
    let read = async {
        let store = database
            .transaction_with_str(STORE)
            .ok()?
            .object_store(STORE)
            .ok()?;
        let value = settle(&store.get(&KEY.into()).ok()?).await.ok()?;
        let field = |name: &str| Reflect::get(&value, &name.into()).ok()?.as_string();
        Some((field("name")?, field("text")?))
    }
    .await;
    database.close();
    read
}

/// Keeps the draft; false where the browser refuses.
pub async fn save_draft(name: &str, text: &str) -> bool {
    let value = Object::new();
    let _ = Reflect::set(&value, &"name".into(), &name.into());
    let _ = Reflect::set(&value, &"text".into(), &text.into());
    write(|store| store.put_with_key(&value, &KEY.into())).await
}

/// Forgets the draft; false where the browser refuses.
pub async fn clear_draft() -> bool {
    write(|store| store.delete(&KEY.into())).await
}
