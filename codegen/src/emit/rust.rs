//! The Rust crate under `generated/rust`: zero dependencies, `no_std`, one enum per code set.
//!
//! Built as tokens with `quote!`, checked by parsing with `syn`, printed by `prettyplease`, so
//! the output is valid Rust by construction. Spec strings become string literals through
//! `quote`'s own literal escaping; doc comments are Markdown, so their text goes through the
//! Markdown escaping function, [`super::docs::escape`].

use super::docs::escape as doc;
use super::{Files, notice};
use crate::model::*;
use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::{format_ident, quote};

/// The crate's package name and library name.
pub const PACKAGE: &str = "rtc-error-catalog";

/// Every file of the Rust crate.
pub fn emit(catalog: &Catalog) -> Files {
    let mut files = Files::new();
    files.insert("rust/Cargo.toml".into(), cargo_toml());
    // prettyplease already laid the files out; `cargo fmt` on the workspace must leave them be.
    files.insert(
        "rust/rustfmt.toml".into(),
        format!("# {}\ndisable_all_formatting = true\n", notice()),
    );
    files.insert("rust/src/lib.rs".into(), print(lib_rs(catalog)));
    for (pi, provider) in catalog.providers.iter().enumerate() {
        files.insert(
            format!("rust/src/{}.rs", provider.id.snake()),
            print(provider_rs(catalog, pi)),
        );
    }
    files
}

fn cargo_toml() -> String {
    format!(
        r#"# {notice}
[package]
name = "{PACKAGE}"
version = "0.1.0"
edition = "2021"
rust-version = "1.81"
description = "Error codes of real-time audio/video providers (LiveKit, Jitsi, Amazon Chime, Amazon IVS, SpatialReal), with causes and retry guidance."
license = "MIT OR Apache-2.0"
keywords = ["webrtc", "error-codes", "livekit", "chime", "no-std"]
categories = ["no-std", "api-bindings"]

[lib]
name = "rtc_error_catalog"
path = "src/lib.rs"

[dependencies]
"#,
        notice = notice()
    )
}

fn print(tokens: TokenStream) -> String {
    let file: syn::File = syn::parse2(tokens).expect("the Rust emitter produced invalid tokens");
    format!("// {}\n\n{}", notice(), prettyplease::unparse(&file))
}

fn docs<'a>(lines: impl IntoIterator<Item = &'a str>) -> TokenStream {
    let lines = lines.into_iter().map(|l| {
        if l.is_empty() {
            String::new()
        } else {
            format!(" {l}")
        }
    });
    quote! { #( #[doc = #lines] )* }
}

const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern",
    "false", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut",
    "pub", "ref", "return", "self", "Self", "static", "struct", "super", "trait", "true", "type",
    "unsafe", "use", "where", "while", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "try", "typeof", "unsized", "virtual", "yield",
];

/// An identifier that is never a keyword: `r#type`, or `Self_` where a raw identifier is refused.
fn ident(name: &str) -> Ident {
    if !KEYWORDS.contains(&name) {
        Ident::new(name, Span::call_site())
    } else if matches!(name, "self" | "Self" | "super" | "crate") {
        format_ident!("{name}_")
    } else {
        Ident::new_raw(name, Span::call_site())
    }
}

fn type_ident(set: &CodeSet) -> Ident {
    ident(&set.id.upper_camel())
}

/// The enum variant a code becomes, as text (for `catalog.json` and the tests).
pub fn variant_name(code: &Code) -> String {
    variant(code).to_string()
}

fn variant(code: &Code) -> Ident {
    ident(&code.name.upper_camel())
}

fn module(provider: &Provider) -> Ident {
    ident(&provider.id.snake())
}

fn basis(b: Basis) -> TokenStream {
    match b {
        Basis::Provider => quote!(crate::Basis::Provider),
        Basis::Catalog => quote!(crate::Basis::Catalog),
    }
}

fn opt_str(s: Option<&str>) -> TokenStream {
    match s {
        Some(s) => quote!(Some(#s)),
        None => quote!(None),
    }
}

fn lib_rs(catalog: &Catalog) -> TokenStream {
    let crate_docs = [
        "Error codes of real-time audio/video providers, with what causes them and how to retry.".to_owned(),
        String::new(),
        "Every provider is a module and every upstream enum (a *code set*) a `#[non_exhaustive]` enum in it. Each converts losslessly from and to its wire value (`from_value`, `value`, `TryFrom`) and its upstream name (`from_name`, `name`, `FromStr`, `Display`), and carries the provider's description and the catalog's classification: [`Category`], [`RetryPolicy`], whether the session ends, and where each of those comes from ([`Basis`]).".to_owned(),
        String::new(),
        "Every code set implements [`ErrorCode`], so a retry or messaging policy can be written once for codes from any provider.".to_owned(),
        String::new(),
        "```".to_owned(),
        "use rtc_error_catalog::{ErrorCode, RetryPolicy};".to_owned(),
        String::new(),
        "fn should_retry(code: &dyn ErrorCode) -> bool {".to_owned(),
        "    matches!(code.retry_policy(), RetryPolicy::Backoff | RetryPolicy::RefreshCredentials)".to_owned(),
        "}".to_owned(),
        "```".to_owned(),
        String::new(),
        format!("{} providers, {} code sets, {} codes. This crate is generated from the catalog's YAML spec; the same codes exist as TypeScript and Kotlin bindings.", catalog.providers.len(), catalog.code_set_count(), catalog.code_count()),
    ];
    let crate_docs = crate_docs.iter().map(|l| {
        if l.is_empty() {
            String::new()
        } else {
            format!(" {l}")
        }
    });
    let modules = catalog.providers.iter().map(|p| {
        let m = module(p);
        let d = doc(&format!("{}: {} code sets.", p.name, p.code_sets.len()));
        let d = docs([d.as_str()]);
        quote! { #d pub mod #m; }
    });
    let registry = catalog.providers.iter().flat_map(|p| p.code_sets.iter().map(move |set| (p, set))).map(|(p, set)| {
        let m = module(p);
        let ty = type_ident(set);
        let (pid, sid) = (p.id.raw.as_str(), set.id.raw.as_str());
        quote! {
            CodeSet { provider: #pid, id: #sid, len: #m::#ty::COUNT, lookup: #m::#ty::lookup, lookup_name: #m::#ty::lookup_name }
        }
    });
    let category = term_enum(
        "Category",
        "What kind of event a code reports, the same across providers (the catalog's own taxonomy).",
        &catalog.taxonomy.categories,
    );
    let retry = term_enum(
        "RetryPolicy",
        "What an app should do about a code, the same across providers (the catalog's own taxonomy).",
        &catalog.taxonomy.retry_policies,
    );
    quote! {
        #( #![doc = #crate_docs] )*
        #![no_std]
        #![forbid(unsafe_code)]
        #![deny(missing_docs)]

        #(#modules)*

        #category
        #retry

        /// Where a code's retry policy or terminal flag comes from.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Basis {
            /// The provider documents it, or its SDK implements it.
            Provider,
            /// The catalog's own classification; the code's `rationale` says why.
            Catalog,
        }

        /// A wire value as the provider sends it: an integer or a string.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum WireValue<'a> {
            /// An integer code.
            Integer(i32),
            /// A string code.
            String(&'a str),
        }

        impl core::fmt::Display for WireValue<'_> {
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                match self {
                    WireValue::Integer(v) => core::fmt::Display::fmt(v, f),
                    WireValue::String(v) => f.write_str(v),
                }
            }
        }

        /// What the catalog says about one code; every accessor of a code set reads from it.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        #[non_exhaustive]
        pub struct CodeInfo {
            /// The name exactly as upstream spells it.
            pub name: &'static str,
            /// One short sentence.
            pub summary: &'static str,
            /// What causes it.
            pub cause: &'static str,
            /// When it occurs.
            pub when: &'static [&'static str],
            /// The catalog's category.
            pub category: Category,
            /// What an app should do.
            pub retry_policy: RetryPolicy,
            /// Where the retry policy comes from.
            pub retry_basis: Basis,
            /// Whether the session ends when this code is reported.
            pub terminal: bool,
            /// Where the terminal flag comes from.
            pub terminal_basis: Basis,
            /// Why the catalog classified it so, where the basis is the catalog.
            pub rationale: Option<&'static str>,
            /// Set when upstream deprecates the code.
            pub deprecated: Option<&'static str>,
        }

        /// The interface every code set implements, for policies written once for all providers.
        pub trait ErrorCode: core::fmt::Debug {
            /// The provider's id, e.g. `livekit`.
            fn provider(&self) -> &'static str;
            /// The code set's id, e.g. `disconnect_reason`.
            fn code_set(&self) -> &'static str;
            /// The wire value.
            fn wire_value(&self) -> WireValue<'static>;
            /// The equivalent code in the linked code set, if any.
            fn equivalent(&self) -> Option<&'static dyn ErrorCode>;
            /// Everything the catalog says about the code.
            fn info(&self) -> &'static CodeInfo;
            /// The name exactly as upstream spells it.
            fn name(&self) -> &'static str { self.info().name }
            /// One short sentence.
            fn summary(&self) -> &'static str { self.info().summary }
            /// The catalog's category.
            fn category(&self) -> Category { self.info().category }
            /// What an app should do.
            fn retry_policy(&self) -> RetryPolicy { self.info().retry_policy }
            /// Whether the session ends when this code is reported.
            fn is_terminal(&self) -> bool { self.info().terminal }
        }

        /// One code set, for tools that handle every provider's codes generically.
        #[derive(Debug, Clone, Copy)]
        pub struct CodeSet {
            /// The provider's id, e.g. `livekit`.
            pub provider: &'static str,
            /// The code set's id, e.g. `disconnect_reason`.
            pub id: &'static str,
            /// Number of codes.
            pub len: usize,
            /// The code with a wire value; `None` for a value the catalog does not know.
            pub lookup: fn(WireValue<'_>) -> Option<&'static dyn ErrorCode>,
            /// The code with an upstream name; `None` if there is none.
            pub lookup_name: fn(&str) -> Option<&'static dyn ErrorCode>,
        }

        /// Every code set of every provider, in catalog order.
        pub const CODE_SETS: &[CodeSet] = &[ #(#registry),* ];

        /// The code with this wire value in `provider`'s code set `code_set`, if both exist.
        pub fn lookup(provider: &str, code_set: &str, value: WireValue<'_>) -> Option<&'static dyn ErrorCode> {
            CODE_SETS.iter().find(|s| s.provider == provider && s.id == code_set).and_then(|s| (s.lookup)(value))
        }

        /// A wire value that no code of the set has: a newer provider release, or a bad input.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub struct UnknownValue<T> {
            /// The code set that was asked, e.g. `livekit/disconnect_reason`.
            pub code_set: &'static str,
            /// The value that matched no code.
            pub value: T,
        }

        impl<T: core::fmt::Display> core::fmt::Display for UnknownValue<T> {
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                write!(f, "unknown {} value `{}`", self.code_set, self.value)
            }
        }

        impl<T: core::fmt::Display + core::fmt::Debug> core::error::Error for UnknownValue<T> {}

        /// A name that no code of the set has.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub struct UnknownName {
            /// The code set that was asked, e.g. `livekit/disconnect_reason`.
            pub code_set: &'static str,
        }

        impl core::fmt::Display for UnknownName {
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                write!(f, "unknown {} name", self.code_set)
            }
        }

        impl core::error::Error for UnknownName {}
    }
}

fn term_enum(name: &str, summary: &str, terms: &[Term]) -> TokenStream {
    let ty = ident(name);
    let summary = docs([summary]);
    let variants: Vec<Ident> = terms.iter().map(|t| ident(&t.id.upper_camel())).collect();
    let variant_docs = terms.iter().map(|t| {
        let title = doc(&t.title);
        let meaning = doc(&t.meaning);
        docs([format!("{title}.").as_str(), "", meaning.as_str()])
    });
    let ids = terms.iter().map(|t| t.id.raw.as_str());
    let ids2 = ids.clone();
    let titles = terms.iter().map(|t| t.title.as_str());
    let meanings = terms.iter().map(|t| t.meaning.as_str());
    let v = &variants;
    quote! {
        #summary
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum #ty { #( #variant_docs #variants, )* }

        impl #ty {
            /// Every value, in the order the taxonomy defines them.
            pub const ALL: &'static [Self] = &[ #( Self::#v ),* ];

            /// The id used in the spec and in every binding, e.g. `network`.
            pub const fn id(self) -> &'static str { match self { #( Self::#v => #ids, )* } }

            /// A short human-readable name.
            pub const fn title(self) -> &'static str { match self { #( Self::#v => #titles, )* } }

            /// One paragraph: what it means and what an app should do.
            pub const fn meaning(self) -> &'static str { match self { #( Self::#v => #meanings, )* } }

            /// The value with this id.
            pub fn from_id(id: &str) -> Option<Self> { match id { #( #ids2 => Some(Self::#v), )* _ => None } }
        }

        impl core::fmt::Display for #ty {
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result { f.write_str(self.id()) }
        }
    }
}

fn provider_rs(catalog: &Catalog, pi: usize) -> TokenStream {
    let provider = &catalog.providers[pi];
    let head = doc(&format!("{} error codes.", provider.name));
    let head = [format!(" {head}")];
    let sets = provider
        .code_sets
        .iter()
        .map(|set| code_set(catalog, provider, set));
    quote! {
        #( #![doc = #head] )*
        #(#sets)*
    }
}

fn code_set(catalog: &Catalog, provider: &Provider, set: &CodeSet) -> TokenStream {
    let ty = type_ident(set);
    let variants: Vec<Ident> = set.codes.iter().map(variant).collect();
    let v = &variants;
    let path = format!("{}/{}", provider.id.raw, set.id.raw);
    let provider_id = provider.id.raw.as_str();
    let set_id = set.id.raw.as_str();

    let source = &set.source;
    let mut head = vec![doc(&set.summary), String::new()];
    let upstream = doc(&source.describe());
    head.push(upstream);
    head.extend(example(catalog, provider, set));
    let head = docs(head.iter().map(String::as_str));

    let variant_docs = set.codes.iter().map(|c| {
        let value = match &c.value {
            Value::Integer(i) => format!("Wire value {i}."),
            Value::String(s) => format!("Wire value \"{}\".", doc(s)),
        };
        let mut lines = vec![
            doc(&c.summary),
            String::new(),
            doc(&c.cause),
            String::new(),
            value,
        ];
        if let Some(d) = &c.deprecated {
            lines.push(String::new());
            lines.push(format!("Deprecated upstream: {}", doc(d)));
        }
        docs(lines.iter().map(String::as_str))
    });

    let (repr, discriminants, value_fns) = match set.values {
        ValueKind::Integer => {
            let ints: Vec<Literal> = set
                .codes
                .iter()
                .map(|c| match c.value {
                    Value::Integer(i) => Literal::i32_unsuffixed(i),
                    Value::String(_) => unreachable!("validated"),
                })
                .collect();
            let discriminants: Vec<TokenStream> = ints.iter().map(|i| quote!(= #i)).collect();
            let fns = quote! {
                /// The wire value.
                pub const fn value(self) -> i32 { self as i32 }

                /// The code with this wire value; `None` for a value this catalog does not know.
                pub const fn from_value(value: i32) -> Option<Self> {
                    match value { #( #ints => Some(Self::#v), )* _ => None }
                }
            };
            let conversions = quote! {
                impl From<#ty> for i32 {
                    fn from(code: #ty) -> i32 { code.value() }
                }
                impl TryFrom<i32> for #ty {
                    type Error = crate::UnknownValue<i32>;
                    fn try_from(value: i32) -> Result<Self, Self::Error> {
                        Self::from_value(value).ok_or(crate::UnknownValue { code_set: #path, value })
                    }
                }
            };
            (
                quote!(#[repr(i32)]),
                discriminants,
                (
                    fns,
                    conversions,
                    quote!(crate::WireValue::Integer(self.value())),
                ),
            )
        }
        ValueKind::String => {
            let strs: Vec<&str> = set
                .codes
                .iter()
                .map(|c| match &c.value {
                    Value::String(s) => s.as_str(),
                    Value::Integer(_) => unreachable!("validated"),
                })
                .collect();
            let fns = quote! {
                /// The wire value.
                pub const fn value(self) -> &'static str { match self { #( Self::#v => #strs, )* } }

                /// The code with this wire value; `None` for a value this catalog does not know.
                pub fn from_value(value: &str) -> Option<Self> {
                    match value { #( #strs => Some(Self::#v), )* _ => None }
                }
            };
            let conversions = quote! {
                impl From<#ty> for &'static str {
                    fn from(code: #ty) -> &'static str { code.value() }
                }
                impl<'a> TryFrom<&'a str> for #ty {
                    type Error = crate::UnknownValue<&'a str>;
                    fn try_from(value: &'a str) -> Result<Self, Self::Error> {
                        Self::from_value(value).ok_or(crate::UnknownValue { code_set: #path, value })
                    }
                }
            };
            (
                quote!(),
                set.codes.iter().map(|_| quote!()).collect(),
                (
                    fns,
                    conversions,
                    quote!(crate::WireValue::String(self.value())),
                ),
            )
        }
    };
    let (value_fns, conversions, wire) = value_fns;

    let names: Vec<String> = set.codes.iter().map(|c| set.upstream_name(c)).collect();
    let infos = set.codes.iter().zip(&names).map(|(c, name)| {
        let category = ident(&catalog.taxonomy.categories[c.category].id.upper_camel());
        let retry = ident(&catalog.taxonomy.retry_policies[c.retry].id.upper_camel());
        let (summary, cause, when) = (&c.summary, &c.cause, &c.when);
        let retry_basis = basis(c.retry_basis);
        let terminal = c.terminal;
        let terminal_basis = basis(c.terminal_basis);
        let rationale = opt_str(c.rationale.as_deref());
        let deprecated = opt_str(c.deprecated.as_deref());
        quote! {
            crate::CodeInfo {
                name: #name,
                summary: #summary,
                cause: #cause,
                when: &[ #( #when ),* ],
                category: crate::Category::#category,
                retry_policy: crate::RetryPolicy::#retry,
                retry_basis: #retry_basis,
                terminal: #terminal,
                terminal_basis: #terminal_basis,
                rationale: #rationale,
                deprecated: #deprecated,
            }
        }
    });
    let indices = (0..set.codes.len()).map(Literal::usize_unsuffixed);

    let link = set.links_to.map(|target| {
        let (target_provider, target_set) = catalog.code_set(target);
        let target_ty = type_ident(target_set);
        let target_path = if std::ptr::eq(target_provider, provider) {
            quote!(#target_ty)
        } else {
            let m = module(target_provider);
            quote!(crate::#m::#target_ty)
        };
        let arms = set
            .codes
            .iter()
            .zip(v)
            .map(|(c, var)| match c.protocol_equivalent {
                Some(r) => {
                    let target_variant = variant(catalog.code(r).2);
                    quote!(Self::#var => Some(#target_path::#target_variant),)
                }
                None => quote!(Self::#var => None,),
            });
        quote! {
            /// The equivalent code in the linked code set, where one exists.
            pub const fn protocol_equivalent(self) -> Option<#target_path> {
                match self { #(#arms)* }
            }
        }
    });

    let failure = set.has_failure_flag.then(|| {
        let arms = set.codes.iter().zip(v).map(|(c, var)| {
            let f = c.failure.unwrap_or(false);
            quote!(Self::#var => #f,)
        });
        quote! {
            /// The provider SDK's own verdict on whether this status is a failure.
            pub const fn is_failure(self) -> bool { match self { #(#arms)* } }
        }
    });

    let lookup_arm = match set.values {
        ValueKind::Integer => {
            quote!(crate::WireValue::Integer(v) => Self::from_value(v).map(|c| &Self::ALL[c.index()] as &'static dyn crate::ErrorCode),)
        }
        ValueKind::String => {
            quote!(crate::WireValue::String(v) => Self::from_value(v).map(|c| &Self::ALL[c.index()] as &'static dyn crate::ErrorCode),)
        }
    };
    let equivalent = match set.links_to {
        Some(target) => {
            let (target_provider, target_set) = catalog.code_set(target);
            let target_ty = type_ident(target_set);
            let m = module(target_provider);
            quote!(self.protocol_equivalent().map(|c| &crate::#m::#target_ty::ALL[c.index()] as &'static dyn crate::ErrorCode))
        }
        None => quote!(None),
    };
    let count = set.codes.len();
    quote! {
        #head
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        #repr
        pub enum #ty { #( #variant_docs #v #discriminants, )* }

        impl #ty {
            /// Every code, in upstream order.
            pub const ALL: &'static [Self] = &[ #( Self::#v ),* ];

            /// Number of codes in the set.
            pub const COUNT: usize = #count;

            const INFO: [crate::CodeInfo; #count] = [ #(#infos),* ];

            pub(crate) const fn index(self) -> usize { match self { #( Self::#v => #indices, )* } }

            /// The code with this wire value, as a `'static` trait object.
            pub fn lookup(value: crate::WireValue<'_>) -> Option<&'static dyn crate::ErrorCode> {
                match value { #lookup_arm _ => None }
            }

            /// The code with this upstream name, as a `'static` trait object.
            pub fn lookup_name(name: &str) -> Option<&'static dyn crate::ErrorCode> {
                Self::from_name(name).map(|c| &Self::ALL[c.index()] as &'static dyn crate::ErrorCode)
            }

            #value_fns

            /// The name exactly as upstream spells it.
            pub const fn name(self) -> &'static str { Self::INFO[self.index()].name }

            /// The code with this upstream name (case-sensitive); `None` if there is none.
            pub fn from_name(name: &str) -> Option<Self> {
                match name { #( #names => Some(Self::#v), )* _ => None }
            }

            /// Everything the catalog says about the code.
            pub const fn info(self) -> &'static crate::CodeInfo { &Self::INFO[self.index()] }

            /// One short sentence.
            pub const fn summary(self) -> &'static str { self.info().summary }

            /// What causes it.
            pub const fn cause(self) -> &'static str { self.info().cause }

            /// When it occurs.
            pub const fn when(self) -> &'static [&'static str] { self.info().when }

            /// The catalog's category.
            pub const fn category(self) -> crate::Category { self.info().category }

            /// What an app should do.
            pub const fn retry_policy(self) -> crate::RetryPolicy { self.info().retry_policy }

            /// Whether the session ends when this code is reported.
            pub const fn is_terminal(self) -> bool { self.info().terminal }

            #link
            #failure
        }

        #conversions

        impl core::str::FromStr for #ty {
            type Err = crate::UnknownName;
            /// Parses the upstream name.
            fn from_str(name: &str) -> Result<Self, Self::Err> {
                Self::from_name(name).ok_or(crate::UnknownName { code_set: #path })
            }
        }

        /// Writes the upstream name.
        impl core::fmt::Display for #ty {
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result { f.write_str(self.name()) }
        }

        impl core::error::Error for #ty {}

        impl crate::ErrorCode for #ty {
            fn provider(&self) -> &'static str { #provider_id }
            fn code_set(&self) -> &'static str { #set_id }
            fn wire_value(&self) -> crate::WireValue<'static> { #wire }
            fn equivalent(&self) -> Option<&'static dyn crate::ErrorCode> { #equivalent }
            fn info(&self) -> &'static crate::CodeInfo { (*self).info() }
        }
    }
}

/// A doc test for the set, derived from the spec: conversions both ways, metadata, an unknown
/// value, and the typed link. rustdoc runs it, so every code set's behaviour is tested.
fn example(catalog: &Catalog, provider: &Provider, set: &CodeSet) -> Vec<String> {
    let ty = set.id.upper_camel();
    let provider_module = module(provider);
    let code = set
        .codes
        .iter()
        .find(|c| c.protocol_equivalent.is_some())
        .unwrap_or(&set.codes[0]);
    let var = variant(code);
    let name = format!("{:?}", set.upstream_name(code));
    let (value, unknown, from_value) = match &code.value {
        Value::Integer(i) => (
            i.to_string(),
            unknown_integer(set).to_string(),
            format!("i32::from(code), {i}"),
        ),
        Value::String(s) => {
            let mut unknown = "not-a-code".to_owned();
            while set
                .codes
                .iter()
                .any(|c| c.value == Value::String(unknown.clone()))
            {
                unknown.push('!');
            }
            (
                format!("{s:?}"),
                format!("{unknown:?}"),
                format!("<&str>::from(code), {s:?}"),
            )
        }
    };
    let category = ident(&catalog.taxonomy.categories[code.category].id.upper_camel());
    let retry = ident(&catalog.taxonomy.retry_policies[code.retry].id.upper_camel());
    let mut lines = vec![
        String::new(),
        "# Examples".to_owned(),
        String::new(),
        "```".to_owned(),
        format!("use rtc_error_catalog::{provider_module}::{ty};"),
        "use rtc_error_catalog::{Category, RetryPolicy};".to_owned(),
        String::new(),
        format!("let code = {ty}::from_value({value}).expect(\"a known value\");"),
        format!("assert_eq!(code, {ty}::{var});"),
        format!("assert_eq!(code.value(), {value});"),
        format!("assert_eq!({from_value});"),
        format!("assert_eq!(code.name(), {name});"),
        format!("assert_eq!({name}.parse::<{ty}>(), Ok(code));"),
        format!("assert_eq!(code.to_string(), {name});"),
        format!("assert_eq!(code.category(), Category::{category});"),
        format!("assert_eq!(code.retry_policy(), RetryPolicy::{retry});"),
        format!("assert_eq!(code.is_terminal(), {});", code.terminal),
        String::new(),
        "// A value this catalog does not know is handled, never a panic:".to_owned(),
        format!("assert_eq!({ty}::from_value({unknown}), None);"),
        format!("assert!({ty}::try_from({unknown}).is_err());"),
    ];
    if let Some(link) = code.protocol_equivalent {
        let (target_provider, target_set, target) = catalog.code(link);
        lines.push(format!(
            "assert_eq!(code.protocol_equivalent(), Some(rtc_error_catalog::{}::{}::{}));",
            module(target_provider),
            target_set.id.upper_camel(),
            variant(target)
        ));
    }
    lines.push("```".to_owned());
    lines
}

/// An integer no code of the set has: just above the largest, or below the smallest, or the
/// first gap from zero.
fn unknown_integer(set: &CodeSet) -> i32 {
    let values: std::collections::BTreeSet<i32> = set
        .codes
        .iter()
        .filter_map(|c| match c.value {
            Value::Integer(i) => Some(i),
            Value::String(_) => None,
        })
        .collect();
    let above = values.last().and_then(|max| max.checked_add(1));
    let below = values.first().and_then(|min| min.checked_sub(1));
    above
        .or(below)
        .unwrap_or_else(|| (0..).find(|i| !values.contains(i)).unwrap_or(0))
}
