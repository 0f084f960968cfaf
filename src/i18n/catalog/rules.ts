// Messages of the semantic rules, in English and Indonesian. `rule.<id>` is the rule's
// one-line description (used by --help, SARIF and the README table).
import type { Catalog } from '../index.js';

export const rules = {
  en: {
    'rule.id-unique': 'Ids, and the codes of indicators, are unique across the whole guideline.',
    'rule.id-unique.section': "section id '{id}' is already used by {first}; ids must be unique",
    'rule.id-unique.sectionClash': "item id '{id}' is also a section id; ids must be unique across the guideline",
    'rule.id-unique.code': "indicator code '{code}' of '{id}' is already the code of '{first}' ({file}); give this indicator its own code",
    'rule.id-unique.item': "id '{id}' is used {count} times; it is first defined in {first}; give this item a new id",

    'rule.reference-resolves': 'Every reference by id points at something that exists.',
    'rule.reference-resolves.unknown': "unknown {what} '{id}'; known: {known}",
    'rule.reference-resolves.unknownSuggest': "unknown {what} '{id}'; did you mean '{suggestion}'? Known: {known}",
    'rule.reference-resolves.none': '(none defined yet)',
    'rule.reference-resolves.more': ' … and {count} more',
    'rule.reference-resolves.target.level': 'level',
    'rule.reference-resolves.target.role': 'role',
    'rule.reference-resolves.target.appointer': 'authority or role',
    'rule.reference-resolves.target.provision': 'legal provision',
    'rule.reference-resolves.target.stakeholder': 'stakeholder',
    'rule.reference-resolves.target.mechanism': 'mechanism',
    'rule.reference-resolves.target.term': 'term',
    'rule.reference-resolves.target.programme': 'existing programme',
    'rule.reference-resolves.target.usage': 'mechanism or role',

    'rule.mechanism-has-indicator': 'Every mechanism is measured by at least one indicator.',
    'rule.mechanism-has-indicator.unmeasured': "mechanism '{id}' ({name}) is not measured by any indicator; add an indicator with `measures: [{id}]` to an indicator section",

    'rule.indicator-measurable': 'Every indicator can be measured: unit, baseline, targets, direction, frequency, data source and who answers for it.',
    'rule.indicator-measurable.missing': "indicator '{id}' cannot be measured yet; missing: {fields}",
    'rule.indicator-measurable.baselineNote': "the baseline of indicator '{id}' has no value; add a `note` saying why (e.g. not measured yet, to be set after the first survey)",

    'rule.indicator-levels': 'Indicators state their level (output, outcome, impact), and at least the number of outcome indicators the ruleset asks for exists (options: min_outcome, require_level).',
    'rule.indicator-levels.tooFew': 'the ruleset asks for at least {min} outcome indicators (level: outcome) but there are {count} ({ids}); add outcome indicators or set `level: outcome` where an indicator measures a result for people rather than an activity',
    'rule.indicator-levels.noLevel': "indicator '{id}' does not state its level; add `level: output`, `outcome` or `impact`",

    'rule.topic-required': 'Each topic listed in the ruleset is covered by an item that declares it under topics (options: required_topics: [ids]).',
    'rule.topic-required.missing': "no item covers the required topic '{topic}'; add `topics: [{topic}]` to the item that treats it, or write one. Declared topics: {declared}",
    'rule.topic-required.none': 'none',

    'rule.sentence-length': 'Sentences stay short enough for field staff: longer than max_words words (default 40) is reported as information (options: max_words).',
    'rule.sentence-length.long': 'sentence of {words} words (more than {max}): "{start}"; split it into shorter sentences for field staff',

    'rule.role-appointment': 'Every role states who appoints it and by which instrument.',
    'rule.role-appointment.missing': "role '{id}' does not say how it is appointed; missing: {fields}",

    'rule.term-boundary': 'A term said to be distinct from other terms explains the difference in a boundary note.',
    'rule.term-boundary.missing': "term '{term}' ({id}) is distinguished from {others} but has no `boundary` note; add one explaining where the difference lies",

    'rule.schema-modeline': 'Every YAML file of the guideline opens with the modeline that names its schema, for editors (options: schemas, the schemas folder as seen from the guideline folder).',
    'rule.schema-modeline.missing': 'no schema modeline, so editors do not check this file against {schema}; add this line at the top: {line}',
    'rule.schema-modeline.wrong': 'the schema modeline names {found}; for this file ({schema}) it should read: {line}',
    'rule.term-spelling': 'Defined terms are written in prose with their defined spelling: letter case, compounds joined, split or hyphenated, typos (options: max_distance, default 2; min_length, default 6; long_length, default 12).',
    'rule.term-spelling.variant': '"{found}" should be written "{spelling}" (defined term, see {section})',
    'rule.term-spelling.typo': '"{found}" looks like a misspelling of the defined term "{spelling}" (see {section}); write "{spelling}"',

    'rule.role-required-per-level': 'Each level has the role types the ruleset requires (options: require: { level: [types] }).',
    'rule.role-required-per-level.missing': "no role of type '{type}' at level {level}; the ruleset requires one: add a role with `type: {type}` and `level: {levelId}`",
    'rule.role-required-per-level.missingSuggest': "no role of type '{type}' at level {level}; did you mean type '{suggestion}'? Otherwise add a role with `type: {type}` and `level: {levelId}`",
    'rule.role-required-per-level.unknownLevel': "unknown level '{level}' in the options; known levels: {known}",
    'rule.role-required-per-level.unknownLevelSuggest': "unknown level '{level}' in the options; did you mean '{suggestion}'? Known levels: {known}",

    'rule.provision-implemented': 'Each legal provision listed in the ruleset is implemented by some mechanism (options: provisions: [ids]).',
    'rule.provision-implemented.missing': "provision '{id}' ({label}) is not implemented by any mechanism; list it under `implements` of the mechanism that carries it out, or add a mechanism",
    'rule.provision-implemented.unknown': "unknown legal provision '{id}' in the options; known: {known}",
    'rule.provision-implemented.unknownSuggest': "unknown legal provision '{id}' in the options; did you mean '{suggestion}'? Known: {known}",

    'rule.open-question': 'Lists every open question, so that what is still to be settled stays visible.',
    'rule.open-question.entry': 'open question: {text}',

    'rule.appointer-level': 'Whoever appoints a role sits at the same level as the role or above it.',
    'rule.appointer-level.below': "role '{id}' at level {level} is appointed by '{by}' at level {byLevel}, which is not the same level or above it; choose an appointer at the role's level or higher",
  },
  id: {
    'rule.id-unique': 'Id, dan kode indikator, bersifat unik di seluruh pedoman.',
    'rule.id-unique.section': "id bagian '{id}' sudah dipakai oleh {first}; id harus unik",
    'rule.id-unique.sectionClash': "id butir '{id}' juga dipakai sebagai id bagian; id harus unik di seluruh pedoman",
    'rule.id-unique.code': "kode indikator '{code}' pada '{id}' sudah menjadi kode '{first}' ({file}); beri indikator ini kode tersendiri",
    'rule.id-unique.item': "id '{id}' dipakai {count} kali; pertama kali didefinisikan di {first}; beri butir ini id baru",

    'rule.reference-resolves': 'Setiap rujukan id menunjuk sesuatu yang ada.',
    'rule.reference-resolves.unknown': "{what} '{id}' tidak dikenal; yang ada: {known}",
    'rule.reference-resolves.unknownSuggest': "{what} '{id}' tidak dikenal; mungkin maksud Anda '{suggestion}'? Yang ada: {known}",
    'rule.reference-resolves.none': '(belum ada yang didefinisikan)',
    'rule.reference-resolves.more': ' … dan {count} lainnya',
    'rule.reference-resolves.target.level': 'tingkat',
    'rule.reference-resolves.target.role': 'peran',
    'rule.reference-resolves.target.appointer': 'pejabat atau peran',
    'rule.reference-resolves.target.provision': 'ketentuan hukum',
    'rule.reference-resolves.target.stakeholder': 'unsur masyarakat',
    'rule.reference-resolves.target.mechanism': 'mekanisme',
    'rule.reference-resolves.target.term': 'istilah',
    'rule.reference-resolves.target.programme': 'program yang telah ada',
    'rule.reference-resolves.target.usage': 'mekanisme atau peran',

    'rule.mechanism-has-indicator': 'Setiap mekanisme diukur oleh sekurang-kurangnya satu indikator.',
    'rule.mechanism-has-indicator.unmeasured': "mekanisme '{id}' ({name}) belum diukur oleh indikator mana pun; tambahkan indikator dengan `measures: [{id}]` di bagian indikator",

    'rule.indicator-measurable': 'Setiap indikator dapat diukur: satuan, nilai dasar, target, arah, frekuensi, sumber data, dan penanggung jawab.',
    'rule.indicator-measurable.missing': "indikator '{id}' belum dapat diukur; yang belum diisi: {fields}",
    'rule.indicator-measurable.baselineNote': "nilai dasar indikator '{id}' kosong; tambahkan `note` yang menjelaskan alasannya (mis. belum pernah diukur, ditetapkan setelah survei pertama)",

    'rule.indicator-levels': 'Indikator menyebutkan tingkatnya (keluaran, hasil, dampak), dan jumlah indikator hasil paling sedikit sebanyak yang diminta ruleset (opsi: min_outcome, require_level).',
    'rule.indicator-levels.tooFew': 'ruleset meminta paling sedikit {min} indikator hasil (level: outcome), tetapi baru ada {count} ({ids}); tambahkan indikator hasil atau tetapkan `level: outcome` pada indikator yang mengukur hasil bagi orang, bukan kegiatan',
    'rule.indicator-levels.noLevel': "indikator '{id}' belum menyebutkan tingkatnya; tambahkan `level: output`, `outcome`, atau `impact`",

    'rule.topic-required': 'Setiap topik yang disebut dalam ruleset dibahas oleh butir yang mencantumkannya di topics (opsi: required_topics: [id]).',
    'rule.topic-required.missing': "belum ada butir yang membahas topik wajib '{topic}'; tambahkan `topics: [{topic}]` pada butir yang membahasnya, atau tulis butirnya. Topik yang dicantumkan: {declared}",
    'rule.topic-required.none': 'tidak ada',

    'rule.sentence-length': 'Kalimat cukup pendek bagi petugas lapangan: kalimat lebih dari max_words kata (bawaan 40) dilaporkan sebagai informasi (opsi: max_words).',
    'rule.sentence-length.long': 'kalimat {words} kata (lebih dari {max}): "{start}"; pecah menjadi kalimat yang lebih pendek bagi petugas lapangan',

    'rule.role-appointment': 'Setiap peran menyebutkan siapa yang menunjuknya dan dengan instrumen apa.',
    'rule.role-appointment.missing': "peran '{id}' belum menyebutkan cara penunjukannya; yang belum diisi: {fields}",

    'rule.term-boundary': 'Istilah yang dinyatakan berbeda dari istilah lain menjelaskan perbedaannya dalam catatan batasan.',
    'rule.term-boundary.missing': "istilah '{term}' ({id}) dibedakan dari {others} tetapi tidak memiliki catatan `boundary`; tambahkan penjelasan letak perbedaannya",

    'rule.schema-modeline': 'Setiap berkas YAML pedoman diawali modeline yang menyebut skemanya, untuk penyunting (opsi: schemas, folder skema dilihat dari folder pedoman).',
    'rule.schema-modeline.missing': 'tidak ada modeline skema, sehingga penyunting tidak memeriksa berkas ini dengan {schema}; tambahkan baris ini di awal berkas: {line}',
    'rule.schema-modeline.wrong': 'modeline skema menyebut {found}; untuk berkas ini ({schema}) barisnya seharusnya: {line}',
    'rule.term-spelling': 'Istilah yang didefinisikan ditulis dalam teks sesuai ejaan definisinya: huruf kapital, kata majemuk yang digabung, dipisah, atau diberi tanda hubung, salah ketik (opsi: max_distance, bawaan 2; min_length, bawaan 6; long_length, bawaan 12).',
    'rule.term-spelling.variant': '"{found}" seharusnya ditulis "{spelling}" (istilah yang didefinisikan, lihat {section})',
    'rule.term-spelling.typo': '"{found}" tampaknya salah ketik dari istilah yang didefinisikan "{spelling}" (lihat {section}); tulis "{spelling}"',

    'rule.role-required-per-level': 'Setiap tingkat memiliki jenis peran yang diwajibkan ruleset (opsi: require: { tingkat: [jenis] }).',
    'rule.role-required-per-level.missing': "tidak ada peran berjenis '{type}' di tingkat {level}; ruleset mewajibkannya: tambahkan peran dengan `type: {type}` dan `level: {levelId}`",
    'rule.role-required-per-level.missingSuggest': "tidak ada peran berjenis '{type}' di tingkat {level}; mungkin maksud Anda jenis '{suggestion}'? Jika tidak, tambahkan peran dengan `type: {type}` dan `level: {levelId}`",
    'rule.role-required-per-level.unknownLevel': "tingkat '{level}' dalam opsi tidak dikenal; tingkat yang ada: {known}",
    'rule.role-required-per-level.unknownLevelSuggest': "tingkat '{level}' dalam opsi tidak dikenal; mungkin maksud Anda '{suggestion}'? Tingkat yang ada: {known}",

    'rule.provision-implemented': 'Setiap ketentuan hukum yang disebut dalam ruleset dilaksanakan oleh suatu mekanisme (opsi: provisions: [id]).',
    'rule.provision-implemented.missing': "ketentuan '{id}' ({label}) belum dilaksanakan oleh mekanisme mana pun; cantumkan di `implements` mekanisme yang melaksanakannya, atau tambahkan mekanisme",
    'rule.provision-implemented.unknown': "ketentuan hukum '{id}' dalam opsi tidak dikenal; yang ada: {known}",
    'rule.provision-implemented.unknownSuggest': "ketentuan hukum '{id}' dalam opsi tidak dikenal; mungkin maksud Anda '{suggestion}'? Yang ada: {known}",

    'rule.open-question': 'Mendaftar setiap pertanyaan terbuka agar hal yang masih harus diputuskan tetap terlihat.',
    'rule.open-question.entry': 'pertanyaan terbuka: {text}',

    'rule.appointer-level': 'Pihak yang menunjuk suatu peran berada di tingkat yang sama dengan peran itu atau di atasnya.',
    'rule.appointer-level.below': "peran '{id}' di tingkat {level} ditunjuk oleh '{by}' di tingkat {byLevel}, yang tidak setingkat atau lebih tinggi; pilih penunjuk di tingkat peran itu atau lebih tinggi",
  },
} satisfies Catalog;
