#!/usr/bin/env python3
"""Writes data/zip_counties.csv: each Maryland ZIP code and the county (or Baltimore City) it is
in, from the `zipcodes` package (MIT licence; USPS and Census data). A ZIP code that spans
counties is in the one the USPS gives it. Run: pip install zipcodes==3.0.0 && python3
data/zip_counties.py"""
import os
import zipcodes

rows = set()
for z in zipcodes.filter_by(state="MD"):
    county = z["county"].replace("St ", "St. ")
    if county.lower() == "baltimore city":
        county = "Baltimore City"
    rows.add((z["zip_code"], county))
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "zip_counties.csv")
with open(out, "w", newline="") as f:
    f.write("# Maryland ZIP codes and their county, written by data/zip_counties.py from the zipcodes\n")
    f.write("# package 3.0.0 (MIT licence, USPS and Census data).\n")
    f.write("zip,county\n")
    for z, c in sorted(rows):
        f.write(f"{z},{c}\n")
