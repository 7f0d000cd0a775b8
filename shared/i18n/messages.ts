export const languages = ["id", "en"] as const;
export type Lang = (typeof languages)[number];

/** Every user-facing message, in Bahasa Indonesia first and English. `{name}` is filled from params. */
export const messages = {
  validation_failed: { id: "Data yang dikirim tidak valid.", en: "The submitted data is invalid." },
  malformed_json: { id: "Isi permintaan bukan JSON yang valid.", en: "The request body is not valid JSON." },
  unsupported_media_type: { id: "Kirim data sebagai application/json.", en: "Send the data as application/json." },
  body_too_large: { id: "Isi permintaan terlalu besar (maksimal {limit} byte).", en: "The request body is too large (at most {limit} bytes)." },
  unauthorized: { id: "Silakan masuk terlebih dahulu.", en: "Please sign in first." },
  token_expired: { id: "Masa berlaku token masuk sudah habis; masuk lagi untuk mendapat token baru.", en: "The sign-in token has expired; sign in again for a new one." },
  forbidden: { id: "Anda tidak memiliki akses untuk tindakan ini.", en: "You do not have access to this action." },
  not_found: { id: "Data tidak ditemukan.", en: "Not found." },
  route_not_found: { id: "Alamat ini tidak ada.", en: "This address does not exist." },
  invalid_cursor: { id: "Penanda halaman (cursor) tidak valid.", en: "The page cursor is invalid." },
  service_busy: { id: "Layanan sedang sibuk, coba lagi sebentar lagi.", en: "The service is busy, please try again shortly." },
  internal_error: { id: "Terjadi kesalahan di server kami.", en: "Something went wrong on our side." },

  profile_not_found: { id: "Profil usaha belum dibuat.", en: "The business profile has not been created yet." },
  profile_exists: { id: "Profil usaha sudah ada; ubah dengan PATCH.", en: "The business profile already exists; change it with PATCH." },
  profile_required: { id: "Lengkapi profil usaha sebelum mendaftar kelas.", en: "Complete your business profile before enrolling in a class." },
  class_not_found: { id: "Kelas tidak ditemukan.", en: "Class not found." },
  enrolment_closed: { id: "Pendaftaran kelas ini sedang tidak dibuka.", en: "Enrolment for this class is not open." },
  enrolment_not_open_yet: { id: "Pendaftaran kelas ini baru dibuka {at}.", en: "Enrolment for this class opens {at}." },
  enrolment_over: { id: "Pendaftaran kelas ini sudah ditutup sejak {at}.", en: "Enrolment for this class closed {at}." },
  class_full: { id: "Kursi kelas sudah penuh dan daftar tunggu tidak dibuka.", en: "The class is full and has no waitlist." },
  enrolment_not_found: { id: "Anda tidak terdaftar di kelas ini.", en: "You are not enrolled in this class." },
  capacity_below_enrolled: { id: "Kapasitas tidak boleh kurang dari {enrolled} peserta yang sudah terdaftar.", en: "Capacity cannot be below the {enrolled} applicants already enrolled." },
  invalid_window: { id: "Pendaftaran harus ditutup setelah dibuka.", en: "Enrolment must close after it opens." },

  seat_required: { id: "Materi kelas hanya untuk peserta yang mendapat kursi.", en: "Class content is only for applicants with a seat." },
  seat_required_waitlisted: { id: "Anda masih di daftar tunggu; materi terbuka setelah Anda mendapat kursi.", en: "You are still on the waitlist; the content opens once you have a seat." },
  seat_required_withdrawn: { id: "Anda sudah mengundurkan diri dari kelas ini; daftar lagi untuk mengikuti materi.", en: "You withdrew from this class; enrol again to follow the content." },
  seat_required_not_enrolled: { id: "Anda belum terdaftar di kelas ini; daftar dulu untuk mendapat kursi.", en: "You are not enrolled in this class; enrol first to get a seat." },
  module_not_found: { id: "Modul tidak ditemukan.", en: "Module not found." },
  prerequisite_incomplete: { id: "Selesaikan dulu modul prasyarat: {modules}.", en: "Complete the prerequisite modules first: {modules}." },
  prerequisite_unknown: { id: "Prasyarat harus modul dari kelas yang sama.", en: "Prerequisites must be modules of the same class." },
  prerequisite_cycle: { id: "Prasyarat modul membentuk lingkaran.", en: "The module prerequisites form a cycle." },
  module_limit: { id: "Satu kelas paling banyak {limit} modul.", en: "A class has at most {limit} modules." },
  module_order_mismatch: { id: "Urutan harus memuat setiap modul kelas tepat satu kali.", en: "The order must list every module of the class exactly once." },
  module_has_progress: { id: "Peserta sudah mengerjakan modul ini; cara penilaiannya tidak bisa diubah. Buat modul baru bila perlu.", en: "Applicants have already worked on this module, so how it is graded cannot change. Create a new module if needed." },
  wrong_module_kind: { id: "Tindakan ini tidak berlaku untuk modul jenis {kind}.", en: "This action does not apply to a {kind} module." },
  session_not_started: { id: "Sesi belum dimulai ({startsAt}); kehadiran dicatat setelah sesi dimulai.", en: "The session has not started yet ({startsAt}); attendance is recorded once it has." },
  attempts_exhausted: { id: "Kesempatan mengerjakan kuis sudah habis.", en: "No quiz attempts left." },
  module_completed: { id: "Modul ini sudah selesai.", en: "This module is already completed." },
  applicant_not_seated: { id: "Peserta ini tidak lagi memegang kursi di kelas ini.", en: "This applicant no longer holds a seat in this class." },
  not_awaiting_review: { id: "Tidak ada tugas yang menunggu penilaian.", en: "There is no hand-in awaiting review." },
  submission_not_found: { id: "Tugas belum dikumpulkan.", en: "Nothing has been handed in yet." },
  assignment_text_not_allowed: { id: "Tugas ini tidak menerima jawaban teks.", en: "This assignment does not accept text." },
  assignment_file_not_allowed: { id: "Tugas ini tidak menerima berkas.", en: "This assignment does not accept files." },
  file_too_large: { id: "Berkas terlalu besar (maksimal {limit} MB).", en: "The file is too large (at most {limit} MB)." },
  file_type_not_allowed: { id: "Jenis berkas tidak diterima. Gunakan PDF, gambar (JPG, PNG, WebP) atau spreadsheet (XLSX, XLS, ODS, CSV).", en: "File type not accepted. Use PDF, images (JPG, PNG, WebP) or spreadsheets (XLSX, XLS, ODS, CSV)." },
  file_missing: { id: "Berkas belum diunggah atau bukan milik Anda.", en: "The file has not been uploaded, or is not yours." },
  file_changed: { id: "Berkas diunggah ulang saat sedang diperiksa. Kirim tugas sekali lagi.", en: "The file was uploaded again while it was being checked. Hand in once more." },
  too_many_uploads: { id: "Sudah ada {limit} unggahan yang belum selesai untuk modul ini. Selesaikan salah satunya atau coba lagi dalam {minutes} menit.", en: "You already have {limit} unfinished uploads for this module. Finish one of them or try again in {minutes} minutes." },
  upload_link_invalid: { id: "Tautan unggah tidak valid atau sudah kedaluwarsa.", en: "The upload link is invalid or has expired." },
  certificate_not_found: { id: "Sertifikat tidak ditemukan.", en: "Certificate not found." },
  export_not_found: { id: "Ekspor tidak ditemukan.", en: "Export not found." },

  competition_not_found: { id: "Kompetisi tidak ditemukan.", en: "Competition not found." },
  class_not_completed: { id: "Pitch hanya bisa diajukan peserta yang sudah menyelesaikan kelas ini.", en: "Only applicants who completed the class can submit a pitch." },
  class_not_completed_not_enrolled: { id: "Anda belum terdaftar di kelas kompetisi ini; pitch hanya untuk peserta yang menyelesaikannya.", en: "You are not enrolled in this competition's class; pitches are for applicants who completed it." },
  class_not_completed_in_progress: { id: "Selesaikan dulu semua modul wajib kelas ini ({percent}% selesai); sesudah itu pitch bisa diajukan.", en: "Complete every required module of the class first ({percent}% done); then you can submit a pitch." },
  submission_not_open: { id: "Pengajuan pitch baru dibuka {at}.", en: "Pitch submissions open {at}." },
  submission_locked: { id: "Batas waktu pengajuan pitch sudah lewat ({at}); pitch tidak bisa diubah lagi.", en: "The pitch deadline has passed ({at}); the pitch can no longer be changed." },
  pitch_not_found: { id: "Anda belum membuat pitch untuk kompetisi ini.", en: "You have not started a pitch for this competition." },
  rubric_frozen: { id: "Rubrik tidak bisa diubah lagi: juri sudah mengirim nilai.", en: "The rubric can no longer change: judges have submitted scores." },
  judge_not_found: { id: "Juri tidak ditemukan di kompetisi ini.", en: "Judge not found in this competition." },
  judging_not_open: { id: "Penjurian baru dibuka {at}.", en: "Judging opens {at}." },
  judging_closed: { id: "Penjurian sudah ditutup ({at}); nilai tidak bisa diubah lagi.", en: "Judging closed {at}; scores can no longer change." },
  review_submitted: { id: "Nilai ini sudah dikirim; kirim ulang dengan submit: true untuk merevisinya.", en: "These scores were submitted; send them with submit: true to revise them." },
  judging_not_closed: { id: "Peringkat baru bisa dilihat sesudah penjurian ditutup ({at}).", en: "The ranking can be seen once judging has closed ({at})." },
  ranking_rules_fixed: { id: "Metode peringkat dan urutan pemecah nilai sama sudah tetap sejak penjurian dibuka ({at}).", en: "The ranking method and tie-break order are fixed since judging opened ({at})." },
  results_published: { id: "Hasil sudah diumumkan; perbaikan hanya lewat versi baru dengan alasan.", en: "The results are published; a correction is a new version with a reason." },
  unbroken_tie: { id: "Ada nilai sama yang tidak terpecahkan di batas finalis atau cadangan; tetapkan urutannya dengan alasan sebelum mengumumkan.", en: "A tie that no tie-break separates sits on the finalist or reserve cut; place them with a reason before publishing." },
  not_ranked: { id: "Pitch ini tidak masuk peringkat (penilaiannya kurang), jadi tidak bisa diberi tempat.", en: "This pitch is not ranked (too few reviews), so it cannot be given a place." },
  nothing_to_publish: { id: "Belum ada pitch yang masuk peringkat.", en: "No pitch is ranked yet." },
  review_exists: { id: "Juri ini sudah menilai pitch tersebut.", en: "This judge already reviews that pitch." },
  judge_withdrawn: { id: "Juri ini sudah mengundurkan diri dari kompetisi.", en: "This judge has withdrawn from the competition." },
  conflict_of_interest: { id: "Juri ini punya konflik kepentingan dengan pitch tersebut.", en: "This judge has a conflict of interest with that pitch." },
  too_few_judges_without_conflict: { id: "Hanya {free} juri yang bebas konflik dengan pitch ini ({k} dibutuhkan).", en: "Only {free} judge(s) are free of a conflict with this pitch ({k} needed)." },
  free_judges_at_max_load: { id: "Kurang {missing} juri: juri yang bebas konflik dengan pitch ini tetapi tidak ditugaskan kepadanya sudah mencapai beban maksimal.", en: "{missing} judge(s) short: the judges free of a conflict with this pitch but not assigned to it are at their maximum load." },

  // the ranking, explained to organisers in sentences they can read aloud
  explain_place: { id: "Tempat {place} (peringkat hitungan {rank}). Rata-rata nilai mentah {raw}; setelah kecenderungan tiap juri dikoreksi {quality}. Peluang masuk lima besar {probability}.", en: "Place {place} (computed rank {rank}). Raw mean {raw}; corrected for each judge's leaning {quality}. Chance of being in the top five {probability}." },
  explain_judge_harsh: { id: "{judge} memberi {score}; juri ini rata-rata {amount} poin lebih keras, jadi dihitung {adjusted}.", en: "{judge} gave {score}; this judge scores {amount} points harsher on average, so it counts as {adjusted}." },
  explain_judge_lenient: { id: "{judge} memberi {score}; juri ini rata-rata {amount} poin lebih murah, jadi dihitung {adjusted}.", en: "{judge} gave {score}; this judge scores {amount} points more leniently on average, so it counts as {adjusted}." },
  explain_judge_neutral: { id: "{judge} memberi {score}; juri ini menilai seperti juri rata-rata, jadi dihitung {adjusted}.", en: "{judge} gave {score}; this judge scores like the average judge, so it counts as {adjusted}." },
  explain_close_call: { id: "Posisinya belum pasti (peluang lima besar antara 20% dan 80%): penilaian tambahan akan membantu.", en: "Its position is uncertain (top-five chance between 20% and 80%): more reviews would help." },
  explain_tie_break: { id: "Nilai terkoreksinya sama dengan pitch di sebelahnya; yang memisahkan: {key}.", en: "Its corrected score equals its neighbour's; what separates them: {key}." },
  explain_unbroken_tie: { id: "Nilainya sama persis dengan pitch lain dan tidak ada pemecah yang memisahkan; penyelenggara harus memutuskan dengan alasan.", en: "Its score equals another pitch's exactly and no tie-break separates them; the organisers must decide, with a reason." },
  explain_override: { id: "Tempat ditetapkan penyelenggara: {reason}", en: "Place set by the organisers: {reason}" },
  explain_unranked: { id: "Belum masuk peringkat: dinilai {judges} juri, perlu {needed}.", en: "Not ranked: reviewed by {judges} judge(s), {needed} needed." },
  explain_judge_bias_harsh: { id: "{judge} rata-rata {amount} poin lebih keras daripada juri rata-rata ({reviews} penilaian).", en: "{judge} scores {amount} points harsher than the average judge ({reviews} reviews)." },
  explain_judge_bias_lenient: { id: "{judge} rata-rata {amount} poin lebih murah daripada juri rata-rata ({reviews} penilaian).", en: "{judge} scores {amount} points more leniently than the average judge ({reviews} reviews)." },
  explain_judge_bias_neutral: { id: "{judge} menilai seperti juri rata-rata ({reviews} penilaian).", en: "{judge} scores like the average judge ({reviews} reviews)." },
  tie_break_earlier_submission: { id: "pengajuan akhir yang lebih awal", en: "the earlier final submission" },
  tie_break_criterion: { id: "nilai kriteria {criterion}", en: "the score on {criterion}" },
  note_split_panel: { id: "Panel juri terpecah menjadi {parts} kelompok yang tidak berbagi juri. Nilai terkoreksi adil dibandingkan di dalam satu kelompok; antarkelompok, perbandingan menganggap juri tiap kelompok rata-rata sama keras. Tambahkan penilaian silang antarkelompok untuk perbandingan yang lebih kuat.", en: "The panel split into {parts} groups that share no judge. Corrected scores compare fairly within a group; across groups the comparison assumes each group's judges are equally harsh on average. Cross-group reviews would make it firmer." },
  note_method_additive: { id: "Metode: model aditif (nilai = mutu pitch + kecenderungan juri + derau), kuadrat terkecil; kecenderungan juri berjumlah nol.", en: "Method: additive model (score = pitch quality + judge leaning + noise), least squares; judge leanings sum to zero." },
  note_method_standardised: { id: "Metode: standardisasi per juri (nilai tiap juri diukur terhadap rata-rata dan sebarannya sendiri), lalu dikembalikan ke skala 0–100.", en: "Method: per-judge standardisation (each judge's scores measured against their own mean and spread), placed back on the 0–100 scale." },
  note_unresolved_tie: { id: "Ada nilai sama yang tidak terpecahkan di batas {cut}: tetapkan tempatnya dengan alasan sebelum mengumumkan.", en: "An unbroken tie sits on the {cut} cut: place those pitches with a reason before publishing." },

  // field-level messages used by the schemas
  nib_format: { id: "NIB harus 13 digit angka.", en: "NIB must be exactly 13 digits." },
  phone_format: { id: "Nomor HP harus berformat +628… atau 08… (8–11 digit setelah 8).", en: "Mobile number must look like +628… or 08… (8–11 digits after the 8)." },
  consent_required: { id: "Persetujuan penggunaan data wajib dicentang.", en: "Consent to data use is required." },
  regency_unknown: { id: "Kode kabupaten/kota tidak dikenal.", en: "Unknown regency/city code." },
  sector_unknown: { id: "Klaster usaha tidak dikenal.", en: "Unknown business cluster." },
  founded_year_range: { id: "Tahun berdiri harus antara 1900 dan tahun ini.", en: "Founding year must be between 1900 and this year." },
  rupiah_amount: { id: "Jumlah rupiah harus bilangan bulat tidak negatif.", en: "Rupiah amounts must be non-negative whole numbers." },
  datetime_format: { id: "Waktu harus berformat ISO-8601 dengan zona, mis. 2027-01-10T09:00:00+08:00.", en: "Time must be ISO-8601 with a zone, e.g. 2027-01-10T09:00:00+08:00." },
  field_required: { id: "{field} wajib diisi.", en: "{field} is required." },
  field_format: { id: "Format {field} tidak sesuai.", en: "{field} is not in the expected format." },
  field_invalid: { id: "{field} tidak valid.", en: "{field} is not valid." },
  field_type: { id: "Isian {field} jenisnya tidak sesuai.", en: "{field} has the wrong kind of value." },
  field_type_number: { id: "{field} harus berupa bilangan bulat atau angka.", en: "{field} must be a number." },
  field_type_string: { id: "{field} harus berupa teks.", en: "{field} must be text." },
  field_type_boolean: { id: "{field} harus ya atau tidak (true/false).", en: "{field} must be yes or no (true/false)." },
  field_type_array: { id: "{field} harus berupa daftar.", en: "{field} must be a list." },
  field_min_length: { id: "{field} minimal {minimum} karakter.", en: "{field} needs at least {minimum} characters." },
  field_max_length: { id: "{field} maksimal {maximum} karakter.", en: "{field} takes at most {maximum} characters." },
  field_min_items: { id: "{field} minimal {minimum} isian.", en: "{field}: at least {minimum} needed." },
  field_max_items: { id: "{field} maksimal {maximum} isian.", en: "{field}: at most {maximum} allowed." },
  field_minimum: { id: "{field} paling kecil {minimum}.", en: "{field} must be at least {minimum}." },
  field_maximum: { id: "{field} paling besar {maximum}.", en: "{field} must be at most {maximum}." },
  field_one_of: { id: "{field} harus salah satu dari: {options}.", en: "{field} must be one of: {options}." },
  field_unknown: { id: "Isian tidak dikenal: {keys}.", en: "Unknown fields: {keys}." },
  email_format: { id: "{field} harus alamat e-mail yang benar.", en: "{field} must be a valid e-mail address." },
  id_format: { id: "{field} harus berupa ID yang benar.", en: "{field} must be a valid ID." },
  date_format: { id: "{field} harus tanggal berformat 2027-01-10.", en: "{field} must be a date like 2027-01-10." },
  url_format: { id: "Tautan harus diawali http:// atau https://.", en: "Links must start with http:// or https://." },
  quiz_one_correct: { id: "Setiap soal harus punya tepat satu jawaban benar.", en: "Each question needs exactly one correct option." },
  assignment_needs_way: { id: "Tugas harus menerima teks, berkas, atau keduanya.", en: "An assignment must accept text, a file, or both." },
  session_times: { id: "Sesi harus selesai setelah dimulai.", en: "A session must end after it starts." },
  session_place: { id: "Isi tempat atau tautan daring sesi.", en: "Give the session a place or an online link." },
  assignment_empty: { id: "Kirim teks atau berkas.", en: "Send a text or a file." },
  deadline_before_opening: { id: "Batas pengajuan harus sesudah pembukaan.", en: "The deadline must come after the opening." },
  judging_before_deadline: { id: "Penjurian dimulai sesudah batas pengajuan.", en: "Judging starts after the submission deadline." },
  judging_closes_before_opening: { id: "Penjurian harus ditutup sesudah dibuka.", en: "Judging must close after it opens." },
  criterion_duplicate: { id: "Kode kriteria dipakai dua kali.", en: "This criterion id is used twice." },
  scale_empty: { id: "Nilai tertinggi skala harus lebih besar dari nilai terendah.", en: "The top of the scale must be above its bottom." },
  use_of_funds_sum: { id: "Jumlah penggunaan dana harus sama dengan modal yang diminta.", en: "The use of funds must add up to the capital asked for." },
  required_to_submit: { id: "{field} wajib diisi sebelum pitch diajukan.", en: "{field} is required before the pitch is submitted." },
  criterion_unknown: { id: "Kriteria ini tidak ada di rubrik.", en: "This criterion is not in the rubric." },
  score_out_of_scale: { id: "Nilai di luar skala kriteria ini (lihat scale pada rubrik).", en: "The score is outside this criterion's scale (see its scale in the rubric)." },
  score_required: { id: "Beri nilai untuk setiap kriteria sebelum mengirim.", en: "Score every criterion before submitting." },
  tie_needs_nib_or_phone: { id: "Sebutkan NIB atau nomor HP usaha tersebut.", en: "Give the business's NIB or phone number." },
  score_whole_number: { id: "Nilai harus bilangan bulat.", en: "Scores must be whole numbers." },
  pitch_deck_pdf: { id: "Pitch deck harus berupa PDF.", en: "The pitch deck must be a PDF." },
  review_pair_duplicate: { id: "Pasangan juri dan pitch yang sama disebut dua kali.", en: "The same judge and pitch are listed twice." },
  tie_break_unknown: { id: "Pemecah nilai sama harus kode kriteria rubrik atau submittedAt.", en: "A tie-break must be a rubric criterion id or submittedAt." },
  tie_break_duplicate: { id: "Pemecah nilai sama ini disebut dua kali.", en: "This tie-break is listed twice." },
  outcome_finalist: { id: "finalis", en: "finalist" },
  outcome_reserve: { id: "cadangan", en: "reserve" },
  outcome_not_selected: { id: "tidak terpilih", en: "not selected" },
  outcome_withdrawn: { id: "mengundurkan diri", en: "withdrawn" },
  outcome_not_ranked: { id: "tidak masuk peringkat", en: "not ranked" },
  feedback_required: { id: "Beri umpan balik bila tugas perlu diperbaiki.", en: "Give feedback when a hand-in needs revision." },
} as const satisfies Record<string, Record<Lang, string>>;

export type MessageKey = keyof typeof messages;

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(messages, key);
}

/** Values for `{name}` placeholders; text that differs by language comes as `{ id, en }`. */
export type MessageParams = Record<string, string | number | Record<Lang, string>>;

export function translate(key: MessageKey, lang: Lang, params: MessageParams = {}): string {
  return messages[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === "object" ? value[lang] : String(value);
  });
}

/** `Accept-Language: en-US,en;q=0.9` → en; anything else (or nothing) → id, the platform's first language. */
export function languageOf(acceptLanguage: string | undefined): Lang {
  const first = acceptLanguage?.split(",")[0]?.trim().toLowerCase() ?? "";
  return first.startsWith("en") ? "en" : "id";
}
