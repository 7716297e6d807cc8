package org.gazette.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gazette.model.DocumentNumber;
import org.gazette.model.OrderNumber;
import org.gazette.model.RegistrationCode;

/**
 * Finds and normalises the identifiers of documents in gazette text: 文号, 规范性文件登记号 and 令号,
 * in the bracket, dash and spacing variants that PDF text shows.
 */
public final class Identifiers {

    /** 机关代字 + year in any bracket + serial + 号; spaces may fall anywhere. */
    private static final String NUMBER =
            "([\\p{IsHan}][\\p{IsHan} ]{0,9}?)\\s*[〔［\\[（(【〖{]\\s*([0-9]{4})\\s*[〕］\\]）)】〗}]\\s*(?:第\\s*)?([0-9]{1,5})\\s*号";
    private static final Pattern NUMBER_ANYWHERE = Pattern.compile(NUMBER);
    private static final Pattern NUMBER_LINE = Pattern.compile("^\\s*" + NUMBER + "\\s*$");

    private static final String DASH = "\\s*[-—–－‐―─]+\\s*";
    private static final Pattern REGISTRATION =
            Pattern.compile("(?<![A-Za-z])([A-Z]{2,8})" + DASH + "([0-9]{4})" + DASH + "([0-9]{3,6})(?![0-9])");
    private static final Pattern REGISTRATION_LINE = Pattern.compile("^\\s*" + REGISTRATION.pattern() + "\\s*$");

    /** An order's own header line: {@code 湖南省人民政府令 第321号} (also {@code 〔第321号〕}). */
    private static final Pattern ORDER_HEADER =
            Pattern.compile("^\\s*([\\p{IsHan}]{2,30}?)\\s*令\\s*[（(〔［\\[]?\\s*第\\s*([0-9]{1,5})\\s*号\\s*[）)〕］\\]]?\\s*$");
    private static final Pattern ORDER_ANYWHERE =
            Pattern.compile("([\\p{IsHan}]{2,20}?)\\s*令\\s*第?\\s*([0-9]{1,5})\\s*号");

    /** Words that run into an agency code in running text but are not part of it. */
    private static final Pattern LEADING_WORDS =
            Pattern.compile("^(?:根据|按照|依照|依据|参照|参考|对照|执行|落实|贯彻|印发|转发|通过|详见|以及|及其|并且|同时|见|和|及|与|或|并|的|等|号|文|即|经|由|按|依|据)+");

    private Identifiers() {
    }

    /** A 文号 that fills the whole line (as under a document's title), else empty. */
    public static Optional<DocumentNumber> documentNumberLine(String line) {
        Matcher m = NUMBER_LINE.matcher(line);
        return m.matches() ? toNumber(m, m.group(0).strip()) : Optional.empty();
    }

    /** Every 文号 in a text, in order. */
    public static List<Found<DocumentNumber>> documentNumbers(String text) {
        List<Found<DocumentNumber>> found = new ArrayList<>();
        Matcher m = NUMBER_ANYWHERE.matcher(text);
        while (m.find()) {
            toNumber(m, m.group(0)).ifPresent(n -> found.add(new Found<>(n, m.start(), m.end())));
        }
        return found;
    }

    private static Optional<DocumentNumber> toNumber(Matcher m, String source) {
        String agency = Text.squeeze(m.group(1));
        agency = LEADING_WORDS.matcher(agency).replaceFirst("");
        if (agency.isEmpty()) return Optional.empty();
        int year = Integer.parseInt(m.group(2));
        int serial = Integer.parseInt(m.group(3));
        String printed = source.strip();
        int cut = printed.indexOf(agency.charAt(0));
        return Optional.of(new DocumentNumber(cut > 0 ? printed.substring(cut) : printed, agency, year, serial));
    }

    /** A registration code that fills the whole line, else empty. */
    public static Optional<RegistrationCode> registrationLine(String line) {
        Matcher m = REGISTRATION_LINE.matcher(line);
        return m.matches() ? Optional.of(toCode(m)) : Optional.empty();
    }

    /** Every registration code in a text. */
    public static List<RegistrationCode> registrationCodes(String text) {
        List<RegistrationCode> found = new ArrayList<>();
        Matcher m = REGISTRATION.matcher(text);
        while (m.find()) {
            found.add(toCode(m));
        }
        return found;
    }

    private static RegistrationCode toCode(Matcher m) {
        return new RegistrationCode(m.group(0).strip(), m.group(1), Integer.parseInt(m.group(2)), m.group(3));
    }

    /** An order header line ({@code 湖南省人民政府令 第321号}), else empty. */
    public static Optional<OrderNumber> orderHeaderLine(String line) {
        Matcher m = ORDER_HEADER.matcher(line);
        if (!m.matches()) return Optional.empty();
        return Optional.of(new OrderNumber(line.strip(), m.group(1), Integer.parseInt(m.group(2))));
    }

    /** Every 令号 in a text ({@code 湖南省人民政府令第301号}, {@code 国务院令 第745号}). */
    public static List<Found<OrderNumber>> orderNumbers(String text) {
        List<Found<OrderNumber>> found = new ArrayList<>();
        Matcher m = ORDER_ANYWHERE.matcher(text);
        while (m.find()) {
            String issuer = LEADING_WORDS.matcher(m.group(1)).replaceFirst("");
            if (issuer.length() < 2) continue;
            String source = m.group(0).substring(m.group(0).indexOf(issuer));
            found.add(new Found<>(new OrderNumber(source, issuer, Integer.parseInt(m.group(2))), m.start(), m.end()));
        }
        return found;
    }

    /** A value found in a text, with the span it came from. */
    public record Found<T>(T value, int start, int end) {
    }
}
