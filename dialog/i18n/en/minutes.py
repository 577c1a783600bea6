"""English messages: the Word minutes."""

MESSAGES: dict[str, str] = {
    "minutes.title": "Minutes of the dialogue conference – {district}",
    "minutes.doc_title": "Minutes – {district} {date}",
    "minutes.doc_subject": "Dialogue conference in {district}, {date}",
    "minutes.running_header": "{district} · {date}",
    "minutes.page_of": "Page {page} of {pages}",
    "minutes.exported": "Exported on {date} at {time}, phase: {phase}",
    "minutes.h_facts": "The conference and its basis",
    "minutes.h_attendance": "Attendance",
    "minutes.h_agenda": "The agenda as it ran",
    "minutes.h_findings": "Main findings and the participants' response",
    "minutes.h_groups": "Group work",
    "minutes.h_plenary": "Plenary",
    "minutes.h_assessment": "The process leader's assessment",
    "minutes.h_evaluation": "Evaluation",
    "minutes.h_follow_up": "Follow-up: measures",
    "minutes.h_display": "Status by theme (for the theme × district matrix)",
    "minutes.fact": "Fact",
    "minutes.value": "Value",
    "minutes.district": "District",
    "minutes.date": "Date",
    "minutes.venue": "Venue",
    "minutes.leaders.one": "Process leader",
    "minutes.leaders.other": "Process leaders",
    "minutes.co_leaders": "co-leader",
    "minutes.report_version": "Process report",
    "minutes.interviews": "Interviews behind the report",
    "minutes.informants": "Informants behind the report",
    "minutes.role": "Role",
    "minutes.letter": "Letter",
    "minutes.count": "Participants",
    "minutes.total": "Total",
    "minutes.phase": "Phase",
    "minutes.planned_start": "Planned start",
    "minutes.planned_length": "Planned length",
    "minutes.actual": "As it ran",
    "minutes.minutes": "{minutes} min",
    "minutes.more_time": "+{minutes} min",
    "minutes.paused": "paused {minutes} min",
    "minutes.none": "Nothing was recorded.",
    "minutes.response": "Participants' response",
    "minutes.no_response": "not recorded",
    "minutes.members": "Members by role: {members}",
    "minutes.kind_works_well": "What works well",
    "minutes.kind_works_less_well": "What works less well",
    "minutes.kind_new_angle": "New angles",
    "minutes.kind_quote": "Quotes",
    "minutes.kind_other": "Other",
    "minutes.kind_measure": "Proposed measures",
    "minutes.responsible": "responsible",
    "minutes.no_level": "level not set",
    "minutes.plenary_priority": "Priorities",
    "minutes.plenary_agreement": "Agreements",
    "minutes.plenary_disagreement": "Disagreements",
    "minutes.plenary_other": "Other points",
    "minutes.assessment_note": "The process leader's own view, kept apart from what the participants said.",
    "minutes.forms_returned": "{participants}, {forms} returned.",
    "minutes.more_forms_than_participants": "Note: more forms than participants – perhaps someone answered both "
                                            "on paper and by phone, or the attendance was under-counted.",
    "minutes.question": "Question",
    "minutes.mean": "Mean",
    "minutes.distribution": "Answers per score (1–5)",
    "minutes.suppressed": "fewer than {minimum} answers – not shown",
    "minutes.scale_note": "Scale from 1 (not at all) to 5 (completely). Breakdowns with fewer than {minimum} "
                          "answers are not shown, to protect anonymity.",
    "csv.readme": (
        "CSV files for analysis from one dialogue conference ({layout}).\n"
        "\n"
        "Every file starts with district, date and conference_id, so the files of many conferences stack into one "
        "table. Every code has its words beside it, in the column of the same name ending in _text "
        "(kind = works_well, kind_text = Works well).\n"
        "\n"
        "findings.csv – the main findings: number, title, theme, the response the process leader recorded (with "
        "its comment), how many answered by phone (room_n) and how many gave each answer (room_confirmed, "
        "room_nuanced, room_contested, room_new_angle). With fewer than {minimum} answers the distribution is left "
        "blank.\n"
        "room-comments.csv – the comments sent by phone on each finding, without answer, role or time.\n"
        "notes.csv – the group notes as the minutes show them: group, themes (codes; their names in themes_text), "
        "kind, role letter and text.\n"
        "measures.csv – the measures: theme, measure, responsible level, owner, deadline, votes, status and group.\n"
        "evaluation.csv – the evaluation forms' answers, one row per answer: form number, role, question, kind, "
        "score and free text. The form number is a running number that only keeps one form's answers together; "
        "it says nothing about when a form came or whether it was on paper or from a phone.\n"
        "evaluation-summary.csv – each scale question with its number of answers (n), mean and answers per score, "
        "as in the minutes. With fewer than {minimum} answers the mean and the distribution are left blank.\n"
        "\n"
        "Anonymity: no answer is paired with a group of fewer than {minimum} people. The role is shown only when "
        "at least {minimum} forms gave it; otherwise it reads \"{hidden}\", as it does when no role was given. "
        "Were \"{hidden}\" to cover fewer than {minimum} forms, the smallest role groups are hidden too. With "
        "fewer than {minimum} forms in all, evaluation.csv has no rows (this conference has {forms}); then only "
        "the counts are in evaluation-summary.csv, and the free-text answers in the minutes.\n"
        "\n"
        "A cell that would start a spreadsheet formula (=, +, -, @) has a leading apostrophe.\n"
    ),
    "csv.layout_plain": "UTF-8, comma-separated, decimals with a point",
    "csv.layout_excel": (
        "for a Norwegian spreadsheet: UTF-8 with a byte-order mark, semicolon-separated, decimals with a comma; "
        "a code such as theme 3.10 has an invisible word joiner in front, so it is not read as a date"
    ),
    "csv.role_hidden": "hidden (a role given on fewer than {minimum} forms, or none)",
    "minutes.answers": "Answers",
    "minutes.panel": "Question {number}",
    "minutes.chart_alt": "Bar charts, one panel per question, all on the same scale from 0 to {top} answers. "
                         "{questions}",
    "minutes.chart_alt_question": "Question {number}, '{question}': {counts}.",
    "minutes.figure": "Figure 1: The answers per score (1–5) to each question, numbered as in the table. All bars "
                      "share one scale, from 0 to {top} answers.",
    "minutes.no_comments": "No comments.",
    "minutes.theme": "Theme",
    "minutes.measure": "Measure",
    "minutes.level": "Responsible level",
    "minutes.owner": "Owner",
    "minutes.deadline": "Deadline",
    "minutes.priority": "Priority (dots)",
    "minutes.status": "Status",
    "minutes.display_note": "Each catalogue theme with its status at this conference. The column fits the "
                            "theme × district matrix, where the districts stand side by side; 'dialog overview' "
                            "builds it from the conference files.",
    "minutes.display_derived": "{mark} Worked out from the group notes on the theme, not set by the process leader.",
    # REFI-QDA project (.qdpx)
    "qdpx.themes": "Themes",
    "qdpx.plenary": "Plenary",
    "qdpx.assessment": "Process leader's assessment",
    "qdpx.code.note_kinds": "Note kind",
    "qdpx.code.plenary_kinds": "Plenary",
    "qdpx.code.themes": "Themes",
    "qdpx.variable.district": "District",
    "qdpx.variable.date": "Date",
    "qdpx.variable.group": "Group",
    "qdpx.variable.roles": "Roles in the group",
    "qdpx.project_one": "Dialogue conference {district} {date}",
    "qdpx.project_many": "Dialogue conferences ({count})",
    # The room's own answers to each finding, from phones (issue 17)
    "minutes.room": "The room's answers by phone",
    "minutes.room_answered": "{count} answered",
    "minutes.room_suppressed": "{count} answered; the distribution is not shown for fewer than {minimum} answers",
    "minutes.room_none": "nobody answered",
    "minutes.room_share": "{count} ({percent}%)",
    "minutes.room_who": "Role group",
    "minutes.room_everyone": "Everyone",
    "minutes.room_role_hidden": "Others / not given",
    "minutes.room_comments": "Comments from the room:",
    "privacy.section.room_comment": "Room's comment on finding",
    # Groups confirm their notes (issue 17, item 2)
    "minutes.check_confirmed": "The group confirmed its notes.",
    "minutes.check_changed": "The notes were changed after the group confirmed them.",
    "minutes.check_not_looked_at": "The group has not confirmed its notes.",
    "minutes.check_flagged.one": "The group has not confirmed its notes: {count} note was flagged to change and has not been changed.",
    "minutes.check_flagged.other": "The group has not confirmed its notes: {count} notes were flagged to change and have not been changed.",
}
