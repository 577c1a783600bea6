"""English messages: the organiser's overview across conferences."""

MESSAGES: dict[str, str] = {
    "overview.title": "Overview of the dialogue conferences",
    "overview.subtitle.one": "{count} conference, {first} – {last}",
    "overview.subtitle.other": "{count} conferences, {first} – {last}",
    "overview.exported.one": "Made on {date} at {time} from {count} conference file.",
    "overview.exported.other": "Made on {date} at {time} from {count} conference files.",
    "overview.attendance": "Attendance",
    "overview.district": "District",
    "overview.date": "Date",
    "overview.district_on_date": "{district} {date}",
    "overview.demo_mark": "{name} (demo)",
    "overview.demos_left_out.one": "left out: {count} demo conference ({names}); 'dialog overview --include-demos' counts it",
    "overview.demos_left_out.other": "left out: {count} demo conferences ({names}); 'dialog overview --include-demos' counts them",
    "overview.demos_only": "only demo conferences were found: they are shown, each marked (demo)",
    "overview.copy.forms": "{kept} vs {left} forms",
    "overview.copy.notes": "{kept} vs {left} notes",
    "overview.copy.measures": "{kept} vs {left} measures",
    "overview.copy.participants": "{kept} vs {left} participants",
    "overview.copy.separator": ", ",
    "overview.interviews": "Interviews",
    "overview.informants": "Informants",
    "overview.participants": "Conference participants",
    "overview.forms": "Evaluation forms returned",
    "overview.column.participants": "Participants",
    "overview.column.forms": "Forms returned",
    "overview.columns_explained": "Participants: at the dialogue conference. Forms returned: evaluation forms handed in at the conference.",
    "overview.hidden_conference": "{name} ({count})",
    "overview.hidden_at": "Fewer than {minimum} answers, not shown to protect anonymity (answers in brackets): {conferences}.",
    "overview.hidden_everywhere": "Fewer than {minimum} answers at every conference, so nothing is shown (answers in brackets): {conferences}.",
    "overview.no_answers": "Nobody answered this question at any of the conferences.",
    "overview.total": "Total",
    "overview.matrix": "Themes by district",
    "overview.theme": "Theme",
    "overview.measure_counts": "Measures by theme and district",
    "overview.measures": "Measures",
    "overview.measure": "Measure",
    "overview.level": "Responsible level",
    "overview.owner": "Owner",
    "overview.deadline": "Deadline",
    "overview.status": "Status",
    "overview.overdue": "overdue",
    "overview.overdue_deadline": "{deadline} – overdue",
    "overview.overdue_count.one": "{count} of {total} measures is open past its deadline on {day}: its deadline is in bold and marked overdue.",
    "overview.overdue_count.other": "{count} of {total} measures are open past their deadline on {day}: their deadlines are in bold and marked overdue.",
    "overview.evaluation": "Evaluation across conferences",
    "overview.mean": "Mean",
    "overview.distribution": "Distribution (1/2/3/4/5)",
    "overview.files": "Files read",
    "cli.overview.help": "read many conference files (from several laptops) side by side: attendance, themes by district, measures, evaluation",
    "cli.overview.paths": "conference files or folders (searched with their subfolders; default: the sessions folder)",
    "cli.overview.out": "where to write (default: ./exports/overview.docx, or overview-csv/)",
    "cli.overview.include_demos": "count demo conferences too, each marked (demo); without it they are left out, unless there is nothing but demos",
    "cli.overview.order": "order of the conferences: by date (the default), or as the files and folders were given",
    "cli.overview.template": "an organisation's .docx whose styles, page size, header and footer the Word overview uses",
    "overview.none": "no conference files were found in {paths}.",
    "overview.left_out": "left out: {reason}",
    "overview.counted_once": "found twice, counted once: {path}: {reason}",
    "overview.file_name": "overview.docx",
    "overview.qdpx_name": "overview.qdpx",
    "overview.csv_folder": "overview-csv",
    "overview.csv_readme_left_out": "Not in these files:",
    "overview.csv_readme_title.one": "CSV files for analysis from the overview of {count} dialogue conference ({layout}).",
    "overview.csv_readme_title.other": "CSV files for analysis from the overview of {count} dialogue conferences ({layout}).",
    "overview.csv_readme": (
        "\n"
        "Every file starts with district, date, conference_id and demo (1 for a demo conference, included only when "
        "asked for or when nothing else was found), so two conferences of one district never mix and the files of "
        "several overviews stack. Every code has its words beside it, in the column of the same name ending in "
        "_text (status = challenge, status_text = Challenge).\n"
        "\n"
        "attendance.csv – one row per conference: interviews, informants, participants, evaluation forms, notes and "
        "measures. The last row, \"{total}\", holds the sums: leave it out when you stack or add up the rows.\n"
        "display-matrix.csv – theme × conference: each catalogue theme's status and how many measures the "
        "conference proposed under it.\n"
        "measures.csv – every measure: theme, measure, responsible level, owner, deadline, overdue (1 for an open "
        "measure past its deadline on the day of the export), status and votes.\n"
        "notes.csv – every group note: group, themes, kind, role letter and text.\n"
        "evaluation.csv – each scale question per conference: its number of answers (n), mean and answers per "
        "score. With fewer than {minimum} answers the mean and the distribution are left blank, to protect "
        "anonymity.\n"
        "\n"
        "A cell that would start a spreadsheet formula (=, +, -, @) has a leading apostrophe.\n"
    ),
    "key.overview": "Overview",
    "tip.overview": "Overview of every conference in this folder: attendance and measures",
    "key.change_status": "Status",
    "tip.change_status": "Change the selected measure's status (saved in its own conference file)",
    "overview.reading": "Reading the conference files …",
    "overview.opening": "Opening the overview …",
    "overview.read.one": "{count} conference read.",
    "overview.read.other": "{count} conferences read.",
    "overview.any_status": "Any status",
    "overview.any_level": "Any level",
    "overview.any_district": "Any district",
    "overview.pick_measure": "Choose a measure on the Measures tab first.",
    "overview.status_question": "New status for: {measure}",
    "overview.status_written": "Status set to {status} in {path}.",
    "overview.writing": "Writing the status to {path} …",
    "help.overview": "Every conference file in the folder and its subfolders, read side by side without changing them. The Attendance tab reproduces the final report's table with totals; the Measures tab lists every measure, with filters, and marks open measures past their deadline; the Themes by district tab shows each catalogue theme per district (+ positive, ± mixed, − challenge, · not discussed); the Evaluation across conferences tab shows each question's count, mean and distribution per conference, hiding anything with fewer than 3 answers. Demo conferences are left out when real ones are in the folder, and shown marked (demo) when there is nothing else; a district's second conference has a column of its own, named with its date. A status you change is written into that measure's own conference file. 'dialog overview' writes the same as Word or CSV.",
    "overview.evaluation_hint": "Mean score, with the number of answers in brackets; – where fewer than 3 answered (hidden to protect anonymity).",
}
