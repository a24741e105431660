//! The HTML page for officials: snapshotted whole in both languages; grouped by province and
//! unit, errors first; self-contained and escaped; and rendered in Debian's headless
//! chromium: screenshots (the page is drawn, what must be fixed is in the first screen) and
//! a print to PDF read back with `pdftotext` (the Vietnamese exact and precomposed, a unit a
//! page, the plan and its date atop every page, numbered pages).

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{check, root};

const VIOLATIONS: &str = "examples/violations-2026.yaml";
const HAIPHONG: &str = "examples/haiphong-2025.yaml";

fn tempdir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("staffcheck-html-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn arg(path: &Path) -> String {
    path.to_string_lossy().into_owned()
}

fn page(lang: &str, plan: &str) -> String {
    let run = check(&["--format", "html", "--lang", lang, plan]);
    assert!(run.code <= 1, "{}", run.transcript());
    run.stdout
}

/// The combining marks Vietnamese letters decompose into (grave, acute, tilde, hook above,
/// dot below, and the others of the block): none may appear in text meant to be read.
fn decomposed(text: &str) -> Vec<char> {
    text.chars()
        .filter(|c| ('\u{300}'..='\u{36f}').contains(c))
        .collect()
}

#[test]
fn the_page_in_vietnamese_and_english() {
    for lang in ["vi", "en"] {
        let page = page(lang, VIOLATIONS);
        assert!(page.contains(&format!("<html lang=\"{lang}\">")));
        assert_eq!(
            decomposed(&page),
            Vec::<char>::new(),
            "the page's text is precomposed (NFC)"
        );
        insta::assert_snapshot!(format!("violations-2026-{lang}"), page);
    }
    let page = page("vi", VIOLATIONS);
    for text in [
        "<h3 id=\"p0-must-fix-h\">Cần sửa trước khi phê duyệt phương án</h3>",
        "Phải sửa 24 lỗi trước khi phê duyệt phương án này:",
        "<h3 id=\"p0-v0\">Thành phố Đà Nẵng</h3>",
        "Phường Hải Châu (mã 20194) <span class=\"muted\">· 8 lỗi, 1 cảnh báo</span>",
    ] {
        assert!(page.contains(text), "{text}");
    }
}

#[test]
fn a_plan_with_nothing_to_fix_says_so_first() {
    let page = page("vi", HAIPHONG);
    let top = &page[page.find("class=\"must-fix clean\"").unwrap()..];
    assert!(top.starts_with(
        "class=\"must-fix clean\" id=\"p0-must-fix\" aria-labelledby=\"p0-must-fix-h\">\n<h3 id=\"p0-must-fix-h\">Không có lỗi ngăn việc phê duyệt</h3>"
    ));
    assert!(top.contains("Cần xem xét thêm: <span class=\"count warning\">2 cảnh báo</span> · <span class=\"count info\">1 ghi chú</span>"));
}

/// Units with errors first, then by name; inside a unit, errors, warnings, not judged,
/// notes; the top's links lead to findings that exist.
#[test]
fn findings_are_grouped_by_unit_errors_first() {
    let page = page("en", VIOLATIONS);
    let units: Vec<&str> = page
        .split("<section class=\"unit\"")
        .skip(1)
        .map(|section| {
            let heading = &section[section.find("\">").unwrap() + 2..];
            let heading = &heading[heading.find('>').unwrap() + 1..];
            heading[..heading.find(" <span").unwrap()].trim()
        })
        .collect();
    assert_eq!(
        units,
        [
            "The province as a whole",
            "Huyện Hòa Vang (code 20245)",
            "Phường Hải Châu (code 20194)",
            "Xã Bà Nà (code 20275)",
            "Xã Hòa Bắc (code 20360)",
            "Xã Hòa Tiến (code 20209)",
            "Xã Hùng Sơn (code 20333)",
            "People and the plan as a whole",
        ]
    );
    let order = ["Error", "Warning", "Not judged", "Note"];
    for section in page.split("<section class=\"unit\"").skip(1) {
        let ranks: Vec<usize> = section
            .split("<span class=\"badge ")
            .skip(1)
            .map(|badge| {
                let word = &badge[badge.find('>').unwrap() + 1..badge.find("</span>").unwrap()];
                order.iter().position(|o| *o == word).unwrap()
            })
            .collect();
        assert!(!ranks.is_empty());
        assert!(ranks.is_sorted(), "{ranks:?} in {section}");
    }
    let top =
        &page[page.find("id=\"p0-must-fix\"").unwrap()..page.find("class=\"review\"").unwrap()];
    let links: Vec<&str> = top
        .split("<a href=\"#")
        .skip(1)
        .map(|link| &link[..link.find('"').unwrap()])
        .collect();
    assert_eq!(links.len(), 24, "every error is linked from the top");
    for id in links {
        let article = format!("<article class=\"finding error\" id=\"{id}\">");
        assert!(page.contains(&article), "{id}");
    }
}

/// Several plans: a list of them first, then a section each, printed on its own named pages
/// so that each page's header names its own plan.
#[test]
fn several_plans_make_a_section_each_with_its_own_running_header() {
    let run = check(&[
        "--format",
        "html",
        "--lang",
        "vi",
        "examples/waivers.yaml",
        HAIPHONG,
    ]);
    let page = run.stdout;
    assert!(page.contains("<title>Kết quả kiểm tra nhân sự: 2 phương án</title>"));
    let nav = &page[page.find("<nav").unwrap()..page.find("</nav>").unwrap()];
    assert_eq!(nav.matches("<li><a href=\"#plan-").count(), 2, "{nav}");
    assert!(nav.contains(
        "<a href=\"#plan-1\">examples/haiphong-2025.yaml</a>: 0 lỗi, 2 cảnh báo, 1 ghi chú"
    ));
    for index in 0..2 {
        assert_eq!(
            page.matches(&format!("<section class=\"plan\" id=\"plan-{index}\""))
                .count(),
            1
        );
        assert!(page.contains(&format!("section#plan-{index} {{ page: plan-{index}; }}")));
    }
    assert!(page.contains("@page plan-1 { @top-left { content: \"Key posts of the new commune-level units, term 2025–2030 (examples/haiphong-2025.yaml) · 01/7/2025\";"));
    // Each plan says first what it needs fixed.
    assert!(page.find("id=\"p0-must-fix\"") < page.find("id=\"plan-1\""));
    assert!(page.find("id=\"plan-1\"") < page.find("id=\"p1-must-fix\""));
}

#[test]
fn the_page_is_self_contained_and_links_the_sources() {
    let page = page("vi", VIOLATIONS);
    // Nothing is fetched: no script, style sheet, image or font from elsewhere.
    for fetch in ["<script", "<link", "<img", "url(", "@import", "<iframe"] {
        assert!(!page.contains(fetch), "{fetch}");
    }
    let urls = page.matches("http").count();
    let source_links = page.matches("<a href=\"https://").count();
    assert!(source_links > 0, "the citations link their sources");
    // The print style writes a link's address after it: `attr(href)` says `^="http"`.
    assert_eq!(urls, source_links + 1, "only source links mention http");
    let findings: Vec<&str> = page.split("<article class=\"finding").skip(1).collect();
    assert_eq!(findings.len(), 38);
    for finding in findings {
        assert!(finding.contains("<pre class=\"excerpt\">"), "{finding}");
        assert!(finding.contains("<mark>"), "the value is marked: {finding}");
        assert!(
            finding.contains("<p class=\"citation\">Căn cứ: "),
            "{finding}"
        );
    }
}

#[test]
fn the_plan_text_is_escaped() {
    let dir = tempdir("escape");
    let plan = dir.join("markup.yaml");
    let example = std::fs::read_to_string(root().join(VIOLATIONS)).unwrap();
    let hostile = example.replacen(
        "name: Xã Hòa Tiến",
        "name: \"<script>alert('Xã Hòa Tiến')</script>\"",
        1,
    );
    assert_ne!(hostile, example);
    std::fs::write(&plan, hostile).unwrap();
    let page = check(&["--format", "html", &arg(&plan)]).stdout;
    assert!(
        !page.contains("<script>"),
        "markup from the plan is escaped"
    );
    assert!(page.contains("&lt;script&gt;alert(&#39;Xã Hòa Tiến&#39;)&lt;/script&gt;"));
}

/// A tool the tests run: found, or the test is skipped, except in CI (`.ci/run` installs
/// it), where a missing tool fails.
fn tool(path: &str, package: &str) -> Option<PathBuf> {
    let path = PathBuf::from(path);
    if path.is_file() {
        return Some(path);
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "CI must install {package}: see .ci/run"
    );
    eprintln!(
        "SKIPPED: {} is not installed (apt-get install {package}; .ci/run does)",
        path.display()
    );
    None
}

/// Runs headless chromium on `page` with `args`, its stdout into `out`.
fn chromium(chromium: &Path, page: &Path, args: &[String], out: &Path) {
    let dir = page.parent().unwrap();
    let mut child = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            &format!("--user-data-dir={}", arg(&dir.join("profile"))),
        ])
        .args(args)
        .arg(format!("file://{}", arg(page)))
        .stdout(std::fs::File::create(out).unwrap())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromium starts");
    // A guard against a hung browser, not a timing assertion.
    let deadline = Instant::now() + Duration::from_secs(120);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("chromium did not finish within two minutes");
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    assert!(status.success(), "chromium failed: {status}");
}

const SCREEN: (u32, u32) = (1280, 900);

/// The page's first screen in chromium: drawn (not blank), its top box in the colour of its
/// verdict; and, measured in the page laid out at that size, the box ends within the screen.
fn first_screen(lang: &str, plan: &str, name: &str, verdict: [u8; 3]) {
    let Some(browser) = tool("/usr/bin/chromium", "chromium") else {
        return;
    };
    let dir = tempdir(name);
    let html = dir.join(format!("{name}.html"));
    let shot = dir.join(format!("{name}.png"));
    std::fs::write(&html, page(lang, plan)).unwrap();
    let size = format!("--window-size={},{}", SCREEN.0, SCREEN.1);
    chromium(
        &browser,
        &html,
        &[format!("--screenshot={}", arg(&shot)), size.clone()],
        &dir.join("out"),
    );

    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(&shot).unwrap()));
    let mut reader = decoder.read_info().unwrap();
    let mut pixels = vec![0; reader.output_buffer_size().unwrap()];
    let frame = reader.next_frame(&mut pixels).unwrap();
    assert_eq!((frame.width, frame.height), SCREEN);
    let channels = frame.color_type.samples();
    let count = |rgb: [u8; 3]| {
        pixels[..frame.buffer_size()]
            .chunks(channels)
            .filter(|p| p[..3] == rgb)
            .count()
    };
    let white = count([0xff, 0xff, 0xff]);
    let tint = count(verdict);
    let all = (SCREEN.0 * SCREEN.1) as usize;
    assert!(
        white < all * 95 / 100,
        "the page is not blank: {white} white pixels"
    );
    assert!(tint > 50_000, "the top box's tint: {tint} pixels");

    // Measured by a script added to a copy of the page (the page itself has none).
    let measured = dir.join("measured.html");
    let script =
        "<script>const box = document.getElementById('p0-must-fix').getBoundingClientRect();\
        document.body.dataset.bottom = Math.ceil(box.bottom + window.scrollY);</script></body>";
    let page = std::fs::read_to_string(&html)
        .unwrap()
        .replace("</body>", script);
    std::fs::write(&measured, page).unwrap();
    let dom = dir.join("dom.html");
    chromium(&browser, &measured, &["--dump-dom".to_string(), size], &dom);
    let dom = std::fs::read_to_string(&dom).unwrap();
    let bottom: u32 = dom
        .split("data-bottom=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no measure in {dom}"));
    assert!(
        bottom <= SCREEN.1,
        "what must be fixed ends at {bottom} px, below the first screen"
    );
    eprintln!(
        "screenshot {}: white {white}, tint {tint}, top box ends at {bottom} px",
        shot.display()
    );
}

#[test]
fn the_first_screen_says_what_to_fix_in_vietnamese() {
    first_screen("vi", VIOLATIONS, "violations-vi", [0xfd, 0xec, 0xea]);
}

#[test]
fn the_first_screen_says_what_to_fix_in_english() {
    first_screen("en", VIOLATIONS, "violations-en", [0xfd, 0xec, 0xea]);
}

#[test]
fn the_first_screen_of_a_clean_plan_says_nothing_blocks_approval() {
    first_screen("vi", HAIPHONG, "haiphong-vi", [0xe8, 0xf5, 0xe9]);
}

/// Printed to PDF and read back: the Vietnamese exact and precomposed (a font missing a
/// letter would have chromium draw it from parts, which pdftotext reads back decomposed),
/// each unit starting a page, the plan and its date atop every page, the pages numbered.
#[test]
fn printed_to_pdf_the_vietnamese_reads_back_exactly_a_unit_a_page() {
    let (Some(browser), Some(pdftotext)) = (
        tool("/usr/bin/chromium", "chromium"),
        tool("/usr/bin/pdftotext", "poppler-utils"),
    ) else {
        return;
    };
    let dir = tempdir("pdf");
    let html = dir.join("violations-vi.html");
    let pdf = dir.join("violations-vi.pdf");
    std::fs::write(&html, page("vi", VIOLATIONS)).unwrap();
    chromium(
        &browser,
        &html,
        &[
            format!("--print-to-pdf={}", arg(&pdf)),
            "--no-pdf-header-footer".to_string(),
        ],
        &dir.join("out"),
    );
    let output = Command::new(pdftotext).arg(&pdf).arg("-").output().unwrap();
    assert!(output.status.success());
    let text = String::from_utf8(output.stdout).unwrap();
    assert_eq!(
        decomposed(&text),
        Vec::<char>::new(),
        "precomposed letters in\n{text}"
    );
    // "phố" in an excerpt: drawn in DejaVu Sans Mono, which lacks the letter, it reads back
    // as "phốĐà", the space lost to the misplaced accent.
    for exact in [
        "name: Thành phố Đà Nẵng",
        "Cần sửa trước khi phê duyệt phương án",
        "Phường Hải Châu (mã 20194) · 8 lỗi, 1 cảnh báo",
        "name: Xã Hòa Tiến",
    ] {
        assert!(text.contains(exact), "{exact:?} in\n{text}");
    }
    let pages: Vec<Vec<&str>> = text
        .split('\u{c}')
        .map(|page| {
            page.lines()
                .filter(|line| !line.trim().is_empty())
                .collect()
        })
        .filter(|lines: &Vec<&str>| !lines.is_empty())
        .collect();
    let running = "Deliberately broken plan, one or more violations of every rule (examples/violations-2026.yaml) · 30/11/2026";
    for (number, page) in pages.iter().enumerate() {
        assert_eq!(page[0], running, "page {}", number + 1);
        let footer = format!("Trang {} / {}", number + 1, pages.len());
        assert!(page.contains(&footer.as_str()), "{footer} in {page:?}");
    }
    // After the top page and the province's pages, each unit begins a page.
    let starts: Vec<&str> = pages
        .iter()
        .map(|page| page[1])
        .filter(|line| line.contains("(mã "))
        .collect();
    assert_eq!(
        starts,
        [
            "Huyện Hòa Vang (mã 20245) · 1 lỗi",
            "Phường Hải Châu (mã 20194) · 8 lỗi, 1 cảnh báo",
            "Xã Bà Nà (mã 20275) · 1 lỗi, 2 cảnh báo",
            "Xã Hòa Bắc (mã 20360) · 3 lỗi, 3 cảnh báo",
            "Xã Hòa Tiến (mã 20209) · 3 lỗi",
            "Xã Hùng Sơn (mã 20333) · 4 lỗi, 2 cảnh báo",
        ]
    );
    assert_eq!(
        pages[0][1],
        "Kết quả kiểm tra nhân sự: examples/violations-2026.yaml"
    );
    assert!(
        pages[0].contains(&"Cần sửa trước khi phê duyệt phương án"),
        "the top is on page 1"
    );
}
