//! Fills a feed's `booths` with generated sample booths, deterministically.
//!
//! The seed articles name no exhibitors, so the demo feed's booths are
//! sample data: one booth per planned booth (`booth_count`) of every dated
//! event, in the product categories the event is about.
//!
//! ```text
//! cargo run --example feedgen -- feeds/demo.json                      # rewrite the demo booths in place
//! cargo run --example feedgen -- feeds/demo.json --booths 20000 --out big.json
//! ```

use greenfair::feed::{load, Event, Schedule};
use std::fmt::Write as _;

/// Products per leaf category: (Vietnamese, English).
const PRODUCTS: &[(&str, &[(&str, &str)])] = &[
    (
        "bao-bi-tai-che",
        &[
            ("Hộp giấy tái chế", "Recycled paper boxes"),
            ("Túi giấy kraft", "Kraft paper bags"),
            ("Bao bì bã mía", "Sugarcane-fibre packaging"),
            ("Ống hút giấy", "Paper straws"),
            ("Hộp đựng thực phẩm tự hủy", "Compostable food boxes"),
            ("Màng bọc sinh học", "Bio-based wrapping film"),
        ],
    ),
    (
        "tui-xach",
        &[
            ("Túi vải canvas", "Canvas tote bags"),
            ("Túi xách cói", "Sedge handbags"),
            ("Túi xách từ vải tái chế", "Handbags from recycled fabric"),
            ("Túi đi chợ tự hủy", "Compostable shopping bags"),
            ("Balo vải bố", "Canvas backpacks"),
            ("Túi lưới đi chợ", "Mesh market bags"),
        ],
    ),
    (
        "nguyen-lieu-tu-nhien",
        &[
            ("Bàn chải tre", "Bamboo toothbrushes"),
            ("Ống hút cỏ bàng", "Grass straws"),
            ("Chén bát gáo dừa", "Coconut-shell bowls"),
            ("Xà phòng thiên nhiên", "Natural soap"),
            ("Đĩa lá cau", "Areca-leaf plates"),
            ("Thảm cói", "Sedge mats"),
        ],
    ),
    (
        "son-mai",
        &[
            ("Tranh sơn mài", "Lacquer paintings"),
            ("Hộp sơn mài", "Lacquer boxes"),
            ("Bình sơn mài", "Lacquer vases"),
            ("Khay sơn mài", "Lacquer trays"),
        ],
    ),
    (
        "gom-su",
        &[
            ("Bình gốm men lam", "Blue-glaze ceramic vases"),
            ("Bộ ấm chén gốm", "Ceramic tea sets"),
            ("Bát đĩa gốm", "Ceramic tableware"),
            ("Chậu gốm trồng cây", "Ceramic plant pots"),
        ],
    ),
    (
        "may-tre-dan",
        &[
            ("Giỏ mây", "Rattan baskets"),
            ("Đèn tre", "Bamboo lamps"),
            ("Khay tre đan", "Woven bamboo trays"),
            ("Ghế mây", "Rattan chairs"),
            (
                "Làn nhựa tái chế đan tay",
                "Hand-woven recycled-plastic baskets",
            ),
        ],
    ),
    (
        "noi-that-go",
        &[
            ("Bàn ăn gỗ sồi", "Oak dining tables"),
            ("Tủ gỗ tự nhiên", "Solid-wood cabinets"),
            ("Giường gỗ", "Wooden beds"),
            ("Sofa gỗ", "Wooden sofas"),
            ("Kệ sách gỗ", "Wooden bookshelves"),
            ("Bàn trà gỗ", "Wooden coffee tables"),
        ],
    ),
    (
        "go-my-nghe",
        &[
            ("Tượng gỗ", "Wooden statues"),
            ("Tranh khắc gỗ", "Wood-carved pictures"),
            ("Hộp gỗ khảm trai", "Mother-of-pearl inlaid boxes"),
            ("Đồ chơi gỗ", "Wooden toys"),
            ("Khay gỗ", "Wooden trays"),
        ],
    ),
    (
        "thuc-pham-che-bien",
        &[
            ("Giò chả", "Vietnamese pork rolls"),
            ("Bánh cốm", "Green-rice cakes"),
            ("Mứt sen", "Candied lotus seeds"),
            ("Nem chua", "Fermented pork rolls"),
            ("Ruốc nấm", "Mushroom floss"),
            ("Nước mắm", "Fish sauce"),
        ],
    ),
    (
        "nong-san-che-bien",
        &[
            ("Gạo hữu cơ", "Organic rice"),
            ("Chè Shan tuyết", "Shan Tuyết tea"),
            ("Mật ong rừng", "Wild honey"),
            ("Miến dong", "Arrowroot noodles"),
            ("Tinh bột nghệ", "Turmeric powder"),
            ("Cà phê rang xay", "Roasted ground coffee"),
        ],
    ),
    (
        "ocop",
        &[
            ("Chả cá Lã Vọng", "Lã Vọng fish cakes"),
            ("Miến dong Minh Hồng", "Minh Hồng arrowroot noodles"),
            ("Bánh chưng Tranh Khúc", "Tranh Khúc sticky-rice cakes"),
            ("Tương Cự Đà", "Cự Đà soybean sauce"),
            ("Trà hoa sen", "Lotus tea"),
        ],
    ),
    (
        "gia-dung",
        &[
            ("Chổi đót", "Grass brooms"),
            ("Bình giữ nhiệt", "Vacuum flasks"),
            ("Khăn bông tre", "Bamboo-fibre towels"),
            ("Nước rửa chén sinh học", "Plant-based dish soap"),
        ],
    ),
    (
        "thu-cong-my-nghe",
        &[
            ("Quạt giấy", "Paper fans"),
            ("Đèn lồng", "Lanterns"),
            ("Tranh Đông Hồ", "Đông Hồ folk prints"),
            ("Nón lá", "Conical hats"),
        ],
    ),
];

/// The top edge of each row of booths on a generated floor plan.
const ROW_Y: [usize; 8] = [6, 14, 26, 34, 54, 62, 74, 82];

const PLACES: &[&str] = &[
    "Phú Vinh",
    "Bát Tràng",
    "Hạ Thái",
    "Sơn Đồng",
    "Vạn Phúc",
    "Chuông",
    "Chàng Sơn",
    "Phú Xuyên",
    "Thạch Thất",
    "Quốc Oai",
    "Ứng Hòa",
    "Ba Vì",
    "Đông Anh",
    "Thanh Oai",
    "Mỹ Đức",
    "Phúc Thọ",
    "Chương Mỹ",
    "Gia Lâm",
    "Thường Tín",
    "Sóc Sơn",
    "Đan Phượng",
    "Hoài Đức",
    "Mê Linh",
    "Tây Hồ",
];

const KINDS: &[&str] = &[
    "Công ty TNHH",
    "Công ty Cổ phần",
    "Hợp tác xã",
    "Cơ sở",
    "Hộ kinh doanh",
];

const THEMES: &[&str] = &[
    "Xanh",
    "Bền Vững",
    "Việt",
    "Sinh Thái",
    "Thủ Đô",
    "Quê Hương",
    "Hồng Hà",
    "An Nhiên",
];

fn leaf_categories<'a>(event: &'a Event, children: &'a [(String, String)]) -> Vec<&'a str> {
    event
        .categories
        .iter()
        .flat_map(|id| {
            let kids: Vec<&str> = children
                .iter()
                .filter(|(_, p)| p == id)
                .map(|(c, _)| c.as_str())
                .collect();
            if kids.is_empty() {
                vec![id.as_str()]
            } else {
                kids
            }
        })
        .filter(|id| PRODUCTS.iter().any(|(c, _)| c == id))
        .collect()
}

fn json_str(text: &str) -> String {
    serde_json::to_string(text).expect("strings serialise")
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let input = args
        .first()
        .expect("usage: feedgen FEED.json [--booths N] [--out FILE]");
    let flag = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
    };
    let total: Option<usize> =
        flag("--booths").map(|n| n.parse().expect("--booths takes a number"));
    let output = flag("--out").unwrap_or(input);

    let text = std::fs::read_to_string(input).expect("the feed can be read");
    let (feed, _) = load(&text).expect("the feed loads");
    let children: Vec<(String, String)> = feed
        .categories
        .iter()
        .filter_map(|c| c.parent.clone().map(|p| (c.id.clone(), p)))
        .collect();
    let dated: Vec<&Event> = feed
        .events
        .iter()
        .filter(|e| {
            matches!(e.schedule, Schedule::Days { .. } | Schedule::Times { .. })
                && e.booth_count.is_some()
        })
        .collect();
    let planned: usize = dated
        .iter()
        .map(|e| e.booth_count.unwrap_or(0) as usize)
        .sum();

    let mut rng = fastrand::Rng::with_seed(2025);
    let mut exhibitors: Vec<(String, Vec<&str>)> = Vec::new();
    let mut booths = String::new();
    let mut made = 0;
    for (n, event) in dated.iter().enumerate() {
        let count = match total {
            None => event.booth_count.unwrap_or(0) as usize,
            Some(total) if n + 1 == dated.len() => total - made,
            Some(total) => total * event.booth_count.unwrap_or(0) as usize / planned,
        };
        let leaves = leaf_categories(event, &children);
        for i in 0..count {
            let category = leaves[rng.usize(..leaves.len())];
            // About one booth in six is an exhibitor met at an earlier fair.
            let reuse = exhibitors
                .iter()
                .filter(|(_, cats)| cats.contains(&category))
                .count()
                > 0
                && rng.u8(..6) == 0;
            let exhibitor = if reuse {
                let known: Vec<&(String, Vec<&str>)> = exhibitors
                    .iter()
                    .filter(|(_, c)| c.contains(&category))
                    .collect();
                known[rng.usize(..known.len())].0.clone()
            } else {
                let name = format!(
                    "{} {} {}",
                    KINDS[rng.usize(..KINDS.len())],
                    THEMES[rng.usize(..THEMES.len())],
                    PLACES[rng.usize(..PLACES.len())]
                );
                exhibitors.push((name.clone(), vec![category]));
                name
            };
            let products = PRODUCTS
                .iter()
                .find(|(c, _)| *c == category)
                .map(|(_, p)| *p)
                .unwrap_or(&[]);
            let first = rng.usize(..products.len());
            let picked: Vec<(&str, &str)> = (0..3.min(products.len()))
                .map(|k| products[(first + k) % products.len()])
                .collect();
            let product_json: Vec<String> = picked
                .iter()
                .map(|(vi, en)| format!("{{\"vi\":{},\"en\":{}}}", json_str(vi), json_str(en)))
                .collect();
            let code = format!(
                "{}{:02}",
                (b'A' + (i / 10 % 26) as u8) as char,
                i % 10 + 1 + i / 260 * 10
            );
            let food = matches!(
                category,
                "thuc-pham-che-bien" | "nong-san-che-bien" | "ocop"
            );
            let stars = if food && rng.bool() {
                Some(rng.u8(3..=5))
            } else {
                None
            };
            let mut booth = format!(
                "{{\"id\":\"{}-{}\",\"event\":\"{}\",\"code\":\"{code}\",\"exhibitor\":{},\"categories\":[\"{category}\"],\"products\":[{}],\"description\":{{\"vi\":{},\"en\":{}}}",
                event.id,
                code.to_lowercase(),
                event.id,
                json_str(&exhibitor),
                product_json.join(","),
                json_str(&format!("{} sản xuất {} thân thiện môi trường.", exhibitor, picked[0].0.to_lowercase())),
                json_str(&format!("{} makes eco-friendly {}.", exhibitor, picked[0].1.to_lowercase())),
            );
            if let Some(stars) = stars {
                let _ = write!(booth, ",\"ocop_stars\":{stars}");
            }
            // Events with a floor plan get their booths in rows of ten, two
            // rows back to back per aisle.
            if let (Some(_), Some(y)) = (&event.floor_plan, ROW_Y.get(i / 10)) {
                let x = 4 + (i % 10) * 11;
                let _ = write!(
                    booth,
                    ",\"position\":{{\"x\":{x},\"y\":{y},\"w\":10,\"h\":8}}"
                );
            }
            booth.push('}');
            if made > 0 {
                booths.push_str(",\n    ");
            }
            booths.push_str(&booth);
            made += 1;
        }
    }

    let cut = text
        .rfind("\"booths\"")
        .expect("the feed has a \"booths\" list, written last");
    let result = format!("{}\"booths\": [\n    {booths}\n  ]\n}}\n", &text[..cut]);
    std::fs::write(output, result).expect("the feed can be written");
    eprintln!("{made} booths written to {output}");
}
