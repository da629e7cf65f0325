# Arabic: day month year with the month's name, 24-hour clock (no ص/م to mirror), "."
# decimals and "," thousands, as Arabic text with Western digits writes them; Arabic-Indic
# digits take "٫" and "٬" instead (literacy.formatting). Django's own module lacks
# DATETIME_FORMAT, which gave the English "N j, Y, P" ("ديسمبر 2, 2026, 4:13 م").
DATE_FORMAT = "j F Y"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "j F Y، H:i"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j F"
SHORT_DATE_FORMAT = "d/m/Y"
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
FIRST_DAY_OF_WEEK = 6  # Saturday
DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","
NUMBER_GROUPING = 3
