#!/usr/bin/env python3
"""Makes the made-up device exports in this folder and prints the counts
each should give, worked out here with simple logic of its own (not
kartlegg's), so that tests/fleet.rs can hold hand-checked numbers.

    python3 tests/fleet/make.py        (from the project folder)

The same seed gives the same files. Every name, user and serial number is
invented.
"""

import datetime as dt
import os
import random
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
REF = dt.datetime(2026, 11, 28, 9, 41, 7)  # the newest activity in every file
FIRST = ["ola", "kari", "per", "anne", "nils", "ingrid", "lars", "siri", "odd", "marit"]
LAST = ["nordmann", "haugen", "lie", "dahl", "berg", "fjell", "strand", "moe"]

# (OS cell, version cell, edition cell) -> (name, version, end of support)
INTUNE_OS = [
    ("Windows", "10.0.22631.4460", "", "Windows 11 23H2", "10.0.22631", "2025-11-11"),
    ("Windows", "10.0.22631.4317", "Enterprise", "Windows 11 23H2 (Enterprise, Education)", "10.0.22631", "2026-11-10"),
    ("Windows", "10.0.26100.2314", "Enterprise", "Windows 11 24H2 (Enterprise, Education)", "10.0.26100", "2027-10-12"),
    ("Windows", "10.0.26100.2161", "Pro", "Windows 11 24H2", "10.0.26100", "2026-10-13"),
    ("Windows", "10.0.19045.5131", "", "Windows 10 22H2", "10.0.19045", "2025-10-14"),
    ("macOS", "14.6.1", "", "macOS 14", "14.6", None),
    ("macOS", "13.6.9", "", "macOS 13", "13.6", "2025-09-15"),
    ("iOS", "17.6.1", "", "iOS 17", "17.6", None),
    ("iPadOS", "18.1", "", "iPadOS 18", "18.1", None),
    ("Android", "14", "", "Android 14", "14", None),
    ("AndroidForWork", "13", "", "Android 13", "13", "2026-03-02"),
]
ENTRA_OS = [
    ("Windows", "10.0.22631.4460", "Windows 11 23H2", "10.0.22631", "2025-11-11"),
    ("Windows", "10.0.26100.2314", "Windows 11 24H2", "10.0.26100", "2026-10-13"),
    ("Windows", "10.0.19045.4894", "Windows 10 22H2", "10.0.19045", "2025-10-14"),
    ("MacMDM", "14.6.1", "macOS 14", "14.6", None),
    ("iPhone", "18.1.1", "iOS 18", "18.1", None),
    ("AndroidForWork", "12.1", "Android 12", "12.1", "2025-03-03"),
]
AD_OS = [
    ("Windows 11 Enterprise", "10.0 (22631)", "Windows 11 23H2 (Enterprise, Education)", "10.0.22631", "2026-11-10"),
    ("Windows 10 Enterprise", "10.0 (19045)", "Windows 10 22H2 (Enterprise, Education)", "10.0.19045", "2025-10-14"),
    ("Windows 10 Pro", "10.0 (19044)", "Windows 10 21H2", "10.0.19044", "2023-06-13"),
    ("Windows 10 Enterprise LTSC 2021", "10.0 (19044)", "Windows 10 Enterprise LTSC 2021", "10.0.19044", "2027-01-12"),
    ("Windows Server 2019 Standard", "10.0 (17763)", "Windows Server 2019", "10.0.17763", "2029-01-09"),
    ("Windows Server 2022 Datacenter", "10.0 (20348)", "Windows Server 2022", "10.0.20348", "2031-10-14"),
    ("Windows Server 2012 R2 Standard", "6.3 (9600)", "Windows Server 2012 R2", "6.3.9600", "2023-10-10"),
    ("", "", "Unknown", None, None),
]


def ago(rng, i):
    """Days since the last activity; the first row is the newest."""
    if i == 0:
        return 0
    r = rng.random()
    if r < 0.05:
        return None
    if r < 0.6:
        return rng.randint(0, 30)
    if r < 0.8:
        return rng.randint(31, 90)
    return rng.randint(91, 600)


def when(days, rng):
    if days is None:
        return None
    t = REF - dt.timedelta(days=days)
    if days:
        t = t.replace(hour=rng.randint(0, 23), minute=rng.randint(0, 59), second=rng.randint(0, 59))
    return t


def person(rng):
    return f"{rng.choice(FIRST)}.{rng.choice(LAST)}{rng.randint(1, 99)}"


def serial(rng):
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(10))


def csv_line(cells, sep, quote_all):
    out = []
    for c in cells:
        c = "" if c is None else str(c)
        if quote_all or sep in c or '"' in c or "\n" in c:
            c = '"' + c.replace('"', '""') + '"'
        out.append(c)
    return sep.join(out)


def write(name, header, rows, sep=",", quote_all=False, encoding="utf-8", eol="\r\n", before=""):
    text = before + eol.join(csv_line(r, sep, quote_all) for r in [header] + rows) + eol
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(text.encode(encoding))


class Expect:
    """The counts of one file, by simple rules of its own."""

    def __init__(self, name):
        self.name, self.devices, self.days = name, 0, []
        self.tallies, self.systems = {}, Counter()

    def add(self, days, system, **tallies):
        self.devices += 1
        self.days.append(days)
        self.systems[system] += 1
        for key, value in tallies.items():
            self.tallies.setdefault(key, Counter())[value] += 1

    def show(self):
        known = [d for d in self.days if d is not None]
        first = (REF - dt.timedelta(days=max(known))).date()
        stale = lambda n: sum(1 for d in self.days if d is None or d > n)
        print(f"== {self.name}: devices {self.devices}, activity {first} – {REF.date()}, "
              f"stale_30 {stale(30)}, stale_90 {stale(90)}")
        for key, counter in sorted(self.tallies.items()):
            print(f"   {key}: {dict(sorted(counter.items()))}")
        for (name, version, end), n in sorted(self.systems.items(), key=lambda s: s[0][0]):
            past = None if end is None else end < str(REF.date())
            print(f"   {name!r} {version!r} {n} {end} {past}")


def yes_no(rng, yes, no, unknown):
    r = rng.random()
    return yes if r < 0.8 else no if r < 0.95 else unknown


def intune_en(rng):
    e = Expect("intune-en.csv")
    header = ["Device ID", "Device name", "Managed by", "Ownership", "Compliance", "OS", "OS version",
              "Last check-in", "Primary user UPN", "Serial number", "Encrypted", "JoinType", "SkuFamily"]
    rows = []
    for i in range(320):
        os_, ver, sku, name, nver, end = rng.choice(INTUNE_OS)
        days = ago(rng, i)
        t = when(days, rng)
        enc = yes_no(rng, "Yes", "No", "")
        comp = rng.choice(["Compliant"] * 8 + ["Noncompliant", "In grace period", "Not evaluated"])
        managed = rng.choice(["Intune"] * 6 + ["Co-managed", ""])
        own = rng.choice(["Corporate"] * 9 + ["Personal", "Unknown"])
        join = rng.choice(["Microsoft Entra joined"] * 5 + ["Microsoft Entra hybrid joined", "Microsoft Entra registered", ""])
        rows.append([f"{rng.getrandbits(64):016x}", f"SOG-{serial(rng)}", managed, own, comp, os_, ver,
                     t.strftime("%Y-%m-%d %H:%M:%S.0000000") if t else "", f"{person(rng)}@sogndal.kommune.no",
                     serial(rng), enc, join, sku])
        e.add(days, (name, nver, end),
              encrypted={"Yes": "yes", "No": "no", "": "unknown"}[enc],
              compliant={"Compliant": "yes", "Noncompliant": "no", "In grace period": "no", "Not evaluated": "unknown"}[comp],
              managed="yes" if managed else "unknown",
              ownership={"Corporate": "corporate", "Personal": "personal", "Unknown": "unknown"}[own],
              join={"Microsoft Entra joined": "entra_joined", "Microsoft Entra hybrid joined": "hybrid_joined",
                    "Microsoft Entra registered": "registered", "": "other"}[join])
    write("intune-en.csv", header, rows, encoding="utf-8-sig")
    e.show()
    return rows


def intune_nb(rng):
    e = Expect("intune-nb.csv")
    header = ["Enhetsnavn", "Administrert av", "Eierskap", "Samsvar", "Operativsystem", "OS-versjon",
              "Siste innsjekking", "Primærbrukerens UPN", "Serienummer", "Kryptert"]
    rows = []
    for i in range(240):
        os_, ver, _, name, nver, end = rng.choice([o for o in INTUNE_OS if o[2] != "Enterprise"])
        days = ago(rng, i)
        t = when(days, rng)
        enc = yes_no(rng, "Ja", "Nei", "")
        comp = rng.choice(["Samsvarende"] * 8 + ["Ikke-samsvarende", ""])
        own = rng.choice(["Bedrift"] * 8 + ["Personlig"])
        rows.append([f"HAM-{serial(rng)}; rom Ø", "Intune", own, comp, os_, ver,
                     t.strftime("%d.%m.%Y %H:%M:%S") if t else "", f"{person(rng)}@hamar.kommune.no",
                     serial(rng), enc])
        e.add(days, (name, nver, end),
              encrypted={"Ja": "yes", "Nei": "no", "": "unknown"}[enc],
              compliant={"Samsvarende": "yes", "Ikke-samsvarende": "no", "": "unknown"}[comp],
              managed="yes", ownership={"Bedrift": "corporate", "Personlig": "personal"}[own])
    write("intune-nb.csv", header, rows, sep=";", encoding="utf-8")
    e.show()


def entra(rng, name="entra.csv", count=280, show=True):
    e = Expect(name)
    header = ["deviceId", "objectId", "displayName", "accountEnabled", "operatingSystem", "operatingSystemVersion",
              "joinType (trustType)", "registeredOwners", "userNames", "mdmDisplayName", "isCompliant", "isManaged",
              "registrationTime", "approximateLastSignInDateTime"]
    rows = []
    for i in range(count):
        os_, ver, sysname, nver, end = rng.choice(ENTRA_OS)
        days = ago(rng, i)
        t = when(days, rng)
        join = rng.choice(["Microsoft Entra joined"] * 4 + ["Microsoft Entra hybrid joined"] * 2 + ["Microsoft Entra registered"])
        comp = yes_no(rng, "True", "False", "")
        man = yes_no(rng, "True", "False", "")
        p = person(rng)
        rows.append([f"{rng.getrandbits(64):016x}", f"{rng.getrandbits(64):016x}", f"LAPTOP-{serial(rng)}", "True",
                     os_, ver, join, p.replace(".", " ").title(), f"{p}@bomlo.kommune.no", "Microsoft Intune",
                     comp, man, "2024-03-01T08:00:00Z", t.strftime("%Y-%m-%dT%H:%M:%SZ") if t else ""])
        e.add(days, (sysname, nver, end),
              compliant={"True": "yes", "False": "no", "": "unknown"}[comp],
              managed={"True": "yes", "False": "no", "": "unknown"}[man],
              join={"Microsoft Entra joined": "entra_joined", "Microsoft Entra hybrid joined": "hybrid_joined",
                    "Microsoft Entra registered": "registered"}[join])
    write(name, header, rows, encoding="utf-8", eol="\n")
    if show:
        e.show()
    return header, rows


def active_directory(rng, name, count, date_format, encoding, type_line):
    e = Expect(name)
    header = ["DistinguishedName", "DNSHostName", "Enabled", "LastLogonDate", "Name", "ObjectClass", "ObjectGUID",
              "OperatingSystem", "OperatingSystemVersion", "SamAccountName", "SID", "UserPrincipalName"]
    rows = []
    for i in range(count):
        os_, ver, sysname, nver, end = rng.choice(AD_OS)
        days = ago(rng, i)
        t = when(days, rng)
        enabled = rng.choice(["True"] * 9 + ["False"])
        host = f"SOG-{serial(rng)}"
        rows.append([f"CN={host},OU=Maskiner,OU=Sogndal,DC=sogndal,DC=local", f"{host.lower()}.sogndal.local", enabled,
                     date_format(t) if t else "", host, "computer", f"{rng.getrandbits(64):016x}", os_, ver,
                     host + "$", f"S-1-5-21-{rng.randint(10**8, 10**9)}", ""])
        e.add(days, (sysname, nver, end), enabled={"True": "yes", "False": "no"}[enabled])
    before = "#TYPE Microsoft.ActiveDirectory.Management.ADComputer\r\n" if type_line else ""
    write(name, header, rows, quote_all=True, encoding=encoding, before=before)
    e.show()


def us(t):
    return f"{t.month}/{t.day}/{t.year} {t.strftime('%I').lstrip('0') or '12'}:{t:%M:%S} {t:%p}"


def faulty(rng, intune_rows, entra_header):
    # Two tenants in one Intune file: 25 rows of one, 15 of another.
    header = ["Device ID", "Device name", "OS", "OS version", "Last check-in", "Primary user UPN"]
    rows = [[r[0], r[1], r[5], r[6], r[7], r[8]] for r in intune_rows[:40]]
    for r in rows[25:]:
        r[5] = r[5].replace("@sogndal.kommune.no", "@leikanger.kommune.no")
    write("intune-mixed.csv", header, rows, encoding="utf-8-sig")
    # An Entra file with 31 November on its line 14.
    _, rows = entra(random.Random(7), "entra-bad-date.csv", 30, show=False)
    rows[12][-1] = "2026-11-31T08:00:00Z"
    write("entra-bad-date.csv", entra_header, rows, encoding="utf-8", eol="\n")
    line = csv_line(rows[12], ",", False)
    print(f"== entra-bad-date.csv: bad date at line 14, column {line.index('2026-11-31') + 1}")
    # A computer list without the columns an AD export must have.
    write("unknown.csv", ["Name", "OperatingSystem", "IPv4Address"],
          [["SOG-PC1", "Windows 11 Pro", "10.0.0.1"]], encoding="utf-8")


def main():
    rng = random.Random(2026)
    intune_rows = intune_en(rng)
    intune_nb(rng)
    entra_header, _ = entra(rng)
    active_directory(rng, "ad-ps5.csv", 260, us, "utf-16", True)
    active_directory(rng, "ad-ps7.csv", 200, lambda t: t.strftime("%d.%m.%Y %H:%M:%S"), "utf-8", False)
    faulty(rng, intune_rows, entra_header)


main()
