"""Fill answers into a questionnaire form exported by `kartlegg questionnaire export`.

Used by tests/windows/run.sh to give both builds the same filled form to
import. Only the standard library: the sheet "Svar" keeps each question's id
in column A and takes the answer in column D and the comment in column E.

Usage: python3 fill_form.py FORM.xlsx OUT.xlsx id=answer[|comment] ...
"""

import re
import sys
import zipfile
from xml.sax.saxutils import escape

SHEET = "xl/worksheets/sheet3.xml"


def shared_strings(form):
    xml = form.read("xl/sharedStrings.xml").decode("utf-8")
    items = re.findall(r"<si>(.*?)</si>", xml, re.S)
    return ["".join(re.findall(r"<t[^>]*>(.*?)</t>", si, re.S)) for si in items]


def fill(sheet, strings, answers):
    rows = {}
    for row, index in re.findall(r'<c r="A(\d+)"[^>]*t="s"[^>]*><v>(\d+)</v>', sheet):
        rows[strings[int(index)]] = row
    for qid, value in answers.items():
        if qid not in rows:
            sys.exit(f"fill_form: no question {qid!r} in the sheet Svar")
        answer, _, comment = value.partition("|")
        for column, text in (("D", answer), ("E", comment)):
            if not text:
                continue
            cell = f"{column}{rows[qid]}"
            pattern = re.compile(rf'<c r="{cell}"( s="\d+")?/>')
            filled = f' t="inlineStr"><is><t>{escape(text)}</t></is></c>'
            sheet, count = pattern.subn(
                lambda m: f'<c r="{cell}"{m.group(1) or ""}{filled}', sheet
            )
            if count != 1:
                sys.exit(f"fill_form: cell {cell} for {qid!r} is not an empty answer cell")
    return sheet


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    source, target = sys.argv[1], sys.argv[2]
    answers = dict(arg.split("=", 1) for arg in sys.argv[3:])
    with zipfile.ZipFile(source) as form, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        strings = shared_strings(form)
        for item in form.infolist():
            data = form.read(item.filename)
            if item.filename == SHEET:
                data = fill(data.decode("utf-8"), strings, answers).encode("utf-8")
            out.writestr(item, data)


if __name__ == "__main__":
    main()
