package dev.waymark.cli;

import picocli.CommandLine;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** `--as-of 2026-11-22`: a calendar date, and in plain words why not when it is none. */
final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    @Override
    public LocalDate convert(String value) {
        Matcher m = ISO.matcher(value.strip());
        if (!m.matches()) {
            throw new CommandLine.TypeConversionException("`" + value + "` is not a date; write it as YYYY-MM-DD, e.g. 2026-11-22");
        }
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        if (month < 1 || month > 12) {
            throw new CommandLine.TypeConversionException("`" + value + "` is not a date: there is no month " + month + " (YYYY-MM-DD)");
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            YearMonth ym = YearMonth.of(year, month);
            throw new CommandLine.TypeConversionException("`" + value + "` is not a date: "
                    + ym.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year + " has " + ym.lengthOfMonth() + " days");
        }
    }
}
