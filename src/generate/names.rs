//! Vietnamese names with diacritics, for people and places.

use super::rng::Rng;

const FAMILY: [&str; 16] = [
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
    "Hồ", "Ngô", "Dương", "Lý",
];
const MIDDLE_MALE: [&str; 8] = [
    "Văn", "Hữu", "Đức", "Minh", "Quang", "Công", "Thành", "Xuân",
];
const MIDDLE_FEMALE: [&str; 8] = ["Thị", "Ngọc", "Thu", "Thanh", "Kim", "Hồng", "Mỹ", "Diệu"];
const GIVEN_MALE: [&str; 16] = [
    "An", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hiếu", "Hùng", "Khánh", "Long", "Nam", "Phúc",
    "Quân", "Sơn", "Thắng", "Tuấn",
];
const GIVEN_FEMALE: [&str; 16] = [
    "Anh", "Châu", "Dung", "Giang", "Hà", "Hạnh", "Hương", "Lan", "Linh", "Mai", "Ngân", "Phương",
    "Quyên", "Thảo", "Trang", "Yến",
];
const PLACE: [&str; 24] = [
    "Hòa", "Bình", "An", "Phú", "Tân", "Long", "Thạnh", "Hưng", "Đông", "Tây", "Nam", "Bắc",
    "Thủy", "Sơn", "Lâm", "Mỹ", "Vĩnh", "Khánh", "Đức", "Quang", "Hiệp", "Lộc", "Thới", "Xuân",
];
pub const PROVINCES: [&str; 34] = [
    "Hà Nội",
    "Huế",
    "Lai Châu",
    "Điện Biên",
    "Sơn La",
    "Lạng Sơn",
    "Quảng Ninh",
    "Thanh Hóa",
    "Nghệ An",
    "Hà Tĩnh",
    "Cao Bằng",
    "Tuyên Quang",
    "Lào Cai",
    "Thái Nguyên",
    "Phú Thọ",
    "Bắc Ninh",
    "Hưng Yên",
    "Hải Phòng",
    "Ninh Bình",
    "Quảng Trị",
    "Đà Nẵng",
    "Quảng Ngãi",
    "Gia Lai",
    "Khánh Hòa",
    "Lâm Đồng",
    "Đắk Lắk",
    "Hồ Chí Minh",
    "Đồng Nai",
    "Tây Ninh",
    "Cần Thơ",
    "Vĩnh Long",
    "Đồng Tháp",
    "Cà Mau",
    "An Giang",
];
pub const ETHNIC_MINORITIES: [&str; 6] = ["Tày", "Thái", "Mường", "Khmer", "Hoa", "Nùng"];

pub fn person(rng: &mut Rng, female: bool) -> String {
    let (middle, given) = if female {
        (&MIDDLE_FEMALE, &GIVEN_FEMALE)
    } else {
        (&MIDDLE_MALE, &GIVEN_MALE)
    };
    format!(
        "{} {} {}",
        rng.pick(&FAMILY),
        rng.pick(middle),
        rng.pick(given)
    )
}

/// A place name of two syllables, numbered past the first combinations to stay distinct.
pub fn place(index: usize) -> String {
    let first = PLACE[index % PLACE.len()];
    let second = PLACE[(index / PLACE.len() + 1 + index) % PLACE.len()];
    let round = index / (PLACE.len() * PLACE.len());
    if round == 0 {
        format!("{first} {second}")
    } else {
        format!("{first} {second} {}", round + 1)
    }
}
