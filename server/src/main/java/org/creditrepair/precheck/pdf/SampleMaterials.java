package org.creditrepair.precheck.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.creditrepair.precheck.ChineseAmounts;
import org.creditrepair.precheck.ChineseDates;
import org.creditrepair.precheck.DocumentType;
import org.creditrepair.shared.uscc.Uscc;

/**
 * 示例材料：generates repair materials (决定书, 缴款回单, 承诺书 …) as text PDFs (PDFBox + the TrueType CJK font
 * of fonts-wqy-zenhei) and as rendered scans (Java2D + fonts-noto-cjk or wqy-zenhei) with a red
 * seal, page numbers and injectable defects (no seal, blur, rotation, missing page, wrong amount or
 * dates); for the tests, the evaluation and the benchmark — no binary fixture comes from elsewhere.
 */
public final class SampleMaterials {
  /** PDF font (TrueType; PDFBox cannot embed the CFF outlines of Noto CJK). */
  public static final Path WQY = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");

  /** Font for rendered scans; falls back to {@link #WQY}. */
  public static final Path NOTO = Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");

  private static final float A4_W = PDRectangle.A4.getWidth();
  private static final float A4_H = PDRectangle.A4.getHeight();
  private static final float MARGIN = 64;
  private static final float BODY = 12;
  private static final float TITLE = 18;
  private static final float LEADING = 22;
  private static final Color SEAL_RED = new Color(215, 25, 32);

  /** The applicant as the documents name it. */
  public record Party(String company, String uscc, String legalRep, String agent, String address) {}

  /** The case facts the documents state. */
  public record Case(
      Party party,
      String authority,
      String decisionNo,
      LocalDate decisionDate,
      BigDecimal fine,
      LocalDate paymentDate,
      BigDecimal paid,
      LocalDate signedDate) {}

  /** One document: its title lines, body lines per page and the seal text (null = no seal). */
  public record Sheet(
      DocumentType type, List<String> title, List<List<String>> pages, String sealText) {
    public Sheet {
      title = List.copyOf(title);
      pages = pages.stream().map(List::copyOf).toList();
    }

    /** All text as it is printed (title, then the pages). */
    public String text() {
      StringBuilder sb = new StringBuilder();
      title.forEach(t -> sb.append(t).append('\n'));
      pages.forEach(p -> p.forEach(l -> sb.append(l).append('\n')));
      return sb.toString();
    }

    public Sheet withoutSeal() {
      return new Sheet(type, title, pages, null);
    }

    /** Drops page {@code index} (0-based); the page numbers printed stay as they were. */
    public Sheet withoutPage(int index) {
      List<List<String>> p = new ArrayList<>(numbered());
      p.remove(index);
      return new Sheet(type, title, p, sealText);
    }

    /** Pages with "第 i 页 共 n 页" appended when the document has more than one page. */
    List<List<String>> numbered() {
      if (pages.size() < 2 || isNumbered()) {
        return pages;
      }
      List<List<String>> out = new ArrayList<>();
      for (int i = 0; i < pages.size(); i++) {
        List<String> p = new ArrayList<>(pages.get(i));
        p.add("第 " + (i + 1) + " 页 共 " + pages.size() + " 页");
        out.add(p);
      }
      return out;
    }

    private boolean isNumbered() {
      return pages.stream().anyMatch(p -> !p.isEmpty() && p.getLast().startsWith("第 "));
    }
  }

  /** How a scan is rendered. */
  public record ScanOptions(int dpi, double blurSigma, int rotation, double noise, long seed) {
    public static ScanOptions clean(int dpi) {
      return new ScanOptions(dpi, 0, 0, 0, 1);
    }

    public ScanOptions blurred(double sigma) {
      return new ScanOptions(dpi, sigma, rotation, noise, seed);
    }

    public ScanOptions rotated(int degrees) {
      return new ScanOptions(dpi, blurSigma, degrees, noise, seed);
    }

    public ScanOptions noisy(double amount) {
      return new ScanOptions(dpi, blurSigma, rotation, amount, seed);
    }
  }

  private SampleMaterials() {}

  /** True when the PDF font is installed (Debian fonts-wqy-zenhei). */
  public static boolean fontsAvailable() {
    return Files.isRegularFile(WQY);
  }

  // ---- parties and cases ----

  /** A USCC with a correct check character, from {@code seed}. */
  public static String uscc(long seed) {
    String charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    Random r = new Random(seed);
    StringBuilder sb = new StringBuilder("91330106");
    for (int i = 0; i < 9; i++) {
      sb.append(charset.charAt(r.nextInt(charset.length())));
    }
    return Uscc.withCheckCharacter(sb.toString());
  }

  /** {@code valid} with its check character changed, so it fails validation. */
  public static String corruptUscc(String valid) {
    char c = valid.charAt(17);
    char other = c == '1' ? '2' : '1';
    return valid.substring(0, 17) + other;
  }

  /** A sample applicant. */
  public static Party party() {
    return new Party("杭州明达贸易有限公司", uscc(7), "张三", "李四", "杭州市西湖区文三路100号");
  }

  /**
   * A sample case: fine 12,000 元 decided 2025-03-05, paid 2025-03-10, letters signed 2025-03-20.
   */
  public static Case sampleCase(Party p) {
    return new Case(
        p,
        "杭州市市场监督管理局",
        "杭市监处罚〔2025〕123号",
        LocalDate.of(2025, 3, 5),
        new BigDecimal("12000.00"),
        LocalDate.of(2025, 3, 10),
        new BigDecimal("12000.00"),
        LocalDate.of(2025, 3, 20));
  }

  // ---- documents ----

  /** The sheet of {@code type} for case {@code c}. */
  public static Sheet sheet(DocumentType type, Case c) {
    Party p = c.party();
    return switch (type) {
      case PENALTY_DECISION -> decision(c);
      case FINE_RECEIPT ->
          new Sheet(
              type,
              List.of("中国工商银行网上银行电子回单"),
              List.of(
                  List.of(
                      "回单编号：" + (20250000L + c.paymentDate().getDayOfYear()),
                      "交易日期：" + arabic(c.paymentDate()),
                      "付款人户名：" + p.company(),
                      "付款人账号：1202 0012 0900 1234 567",
                      "收款人户名：杭州市财政局非税收入专户",
                      "金额（小写）：¥" + money(c.paid()),
                      "金额（大写）：人民币" + ChineseAmounts.toCapital(c.paid()),
                      "用途：缴纳罚款 " + c.decisionNo(),
                      "交易状态：成功")),
              "中国工商银行 电子回单专用章");
      case COMMITMENT_LETTER ->
          new Sheet(
              type,
              List.of("信用修复承诺书"),
              List.of(
                  List.of(
                      "承诺单位：" + p.company(),
                      "统一社会信用代码：" + p.uscc(),
                      "法定代表人：" + p.legalRep(),
                      "本单位因违法行为被" + c.authority() + "作出行政处罚（" + c.decisionNo() + "），",
                      "现已履行行政处罚决定，完成整改，申请信用修复，郑重承诺如下：",
                      "一、所提交的全部材料真实、准确、完整；",
                      "二、严格遵守法律法规，不再发生同类违法行为；",
                      "三、如违背承诺，自愿接受有关部门依法依规作出的惩戒措施。",
                      "承诺单位（盖章）",
                      "法定代表人（签字）：" + p.legalRep(),
                      arabic(c.signedDate()))),
              p.company());
      case REPAIR_APPLICATION ->
          new Sheet(
              type,
              List.of("信用修复申请表"),
              List.of(
                  List.of(
                      "申请单位：" + p.company(),
                      "统一社会信用代码：" + p.uscc(),
                      "法定代表人：" + p.legalRep(),
                      "联系电话：13800000000",
                      "申请修复的信息：行政处罚 " + c.decisionNo(),
                      "申请理由：已全面履行行政处罚决定并完成整改",
                      "申请人（签字）：" + p.legalRep(),
                      "申请日期：" + arabic(c.signedDate()))),
              null);
      case SITUATION_STATEMENT ->
          new Sheet(
              type,
              List.of("情况说明"),
              List.of(
                  List.of(
                      p.company() + "（统一社会信用代码：" + p.uscc() + "）",
                      "因违法行为受到" + c.authority() + "行政处罚（" + c.decisionNo() + "）。",
                      "本单位已足额缴纳罚款，对问题逐项整改，并建立了防止再次发生的内部管理制度。",
                      "特此说明。",
                      p.company(),
                      arabic(c.signedDate()))),
              null);
      case BUSINESS_LICENSE ->
          new Sheet(
              type,
              List.of("营业执照", "（副本）"),
              List.of(
                  List.of(
                      "统一社会信用代码：" + p.uscc(),
                      "名称：" + p.company(),
                      "类型：有限责任公司（自然人投资或控股）",
                      "法定代表人：" + p.legalRep(),
                      "注册资本：壹佰万元整",
                      "成立日期：2018年05月20日",
                      "营业期限：长期",
                      "住所：" + p.address(),
                      "经营范围：日用百货、服装鞋帽的销售。",
                      "登记机关：杭州市西湖区市场监督管理局",
                      "2023年06月01日")),
              "杭州市西湖区市场监督管理局");
      case LEGAL_REP_CERTIFICATE ->
          new Sheet(
              type,
              List.of("法定代表人身份证明书"),
              List.of(
                  List.of(
                      "兹证明" + p.legalRep() + "（身份证号：330106198001011234）系我单位法定代表人。",
                      "单位名称：" + p.company(),
                      "统一社会信用代码：" + p.uscc(),
                      "特此证明。",
                      p.company(),
                      arabic(c.signedDate()))),
              p.company());
      case POWER_OF_ATTORNEY ->
          new Sheet(
              type,
              List.of("授权委托书"),
              List.of(
                  List.of(
                      "委托人：" + p.company(),
                      "法定代表人：" + p.legalRep(),
                      "受托人：" + p.agent(),
                      "身份证号：330106199001011234",
                      "委托事项：代为办理行政处罚信息信用修复申请及材料提交",
                      "委托期限：自签署之日起六个月",
                      "委托人（盖章）",
                      "法定代表人（签字）：" + p.legalRep(),
                      arabic(c.signedDate()))),
              p.company());
      case ID_CARD ->
          new Sheet(
              type,
              List.of("中华人民共和国居民身份证"),
              List.of(
                  List.of(
                      "姓名：" + p.agent(),
                      "性别：男  民族：汉",
                      "出生：1990年1月1日",
                      "住址：杭州市西湖区古荡街道",
                      "公民身份号码：330106199001011234",
                      "签发机关：杭州市公安局西湖分局",
                      "有效期限：2015.01.01-2035.01.01")),
              null);
      case RECTIFICATION_REPORT ->
          new Sheet(
              type,
              List.of("整改报告"),
              List.of(
                  List.of(
                      "被检查单位：" + p.company(),
                      "统一社会信用代码：" + p.uscc(),
                      "整改情况：已下架全部不合格产品，建立进货查验制度。",
                      "整改措施：专人负责进货查验，每月自查一次。",
                      "验收意见：经现场核查，整改到位，同意验收。",
                      c.authority(),
                      arabic(c.signedDate()))),
              c.authority());
      case CREDIT_REPORT ->
          new Sheet(
              type,
              List.of("企业信用报告"),
              List.of(
                  List.of(
                      "企业名称：" + p.company(),
                      "统一社会信用代码：" + p.uscc(),
                      "报告编号：XY" + c.signedDate().getYear() + "0001",
                      "信用服务机构：浙江诚信评估有限公司",
                      "信用状况：已履行行政处罚决定，信用修复意见为同意。",
                      arabic(c.signedDate()))),
              "浙江诚信评估有限公司");
      case TRAINING_CERTIFICATE ->
          new Sheet(
              type,
              List.of("信用修复专题培训证明"),
              List.of(
                  List.of(
                      p.company() + "（统一社会信用代码：" + p.uscc() + "）",
                      "派员参加了信用修复专题培训，累计3学时，考核合格。",
                      "特此证明。",
                      "杭州市信用中心",
                      arabic(c.signedDate()))),
              "杭州市信用中心");
      case OTHER ->
          new Sheet(
              type,
              List.of("会议通知"),
              List.of(
                  List.of("各部门：", "定于下周一上午九点在三楼会议室召开季度工作会议，请准时参加。", "办公室", arabic(c.signedDate()))),
              null);
    };
  }

  private static Sheet decision(Case c) {
    Party p = c.party();
    List<String> first =
        List.of(
            c.decisionNo(),
            "当事人：" + p.company(),
            "统一社会信用代码：" + p.uscc(),
            "法定代表人：" + p.legalRep(),
            "住所：" + p.address(),
            "经查，当事人销售不合格产品，违法事实清楚，证据确凿。",
            "处罚依据：《中华人民共和国产品质量法》第五十条。",
            "本局决定给予当事人如下行政处罚：",
            "罚款人民币" + ChineseAmounts.toCapital(c.fine()) + "（¥" + money(c.fine()) + "）。");
    List<String> second =
        List.of(
            "当事人应当自收到本决定书之日起十五日内缴纳罚款。",
            "如不服本处罚决定，可以在收到本决定书之日起六十日内申请行政复议，",
            "也可以在六个月内依法提起行政诉讼。",
            c.authority(),
            ChineseDates.toChinese(c.decisionDate()));
    return new Sheet(
        DocumentType.PENALTY_DECISION,
        List.of(c.authority(), "行政处罚决定书"),
        List.of(first, second),
        c.authority());
  }

  private static String arabic(LocalDate d) {
    return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
  }

  private static String money(BigDecimal v) {
    return String.format(java.util.Locale.ROOT, "%,.2f", v);
  }

  // ---- text PDFs ----

  /** The sheet as a PDF with a text layer (and a vector seal unless there is none). */
  public static byte[] textPdf(Sheet sheet) {
    try (PDDocument doc = new PDDocument()) {
      PDType0Font font = pdfFont(doc);
      List<List<String>> pages = sheet.numbered();
      for (int i = 0; i < pages.size(); i++) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          float y = A4_H - MARGIN;
          if (i == 0) {
            for (String t : sheet.title()) {
              float w = font.getStringWidth(t) / 1000 * TITLE;
              text(cs, font, TITLE, (A4_W - w) / 2, y, t);
              y -= LEADING * 1.4f;
            }
          }
          List<String> lines = pages.get(i);
          for (int l = 0; l < lines.size(); l++) {
            String line = lines.get(l);
            if (line.startsWith("第 ") && l == lines.size() - 1) {
              text(cs, font, 9, A4_W / 2 - 40, 40, line);
            } else {
              text(cs, font, BODY, MARGIN, y, line);
              y -= LEADING;
            }
          }
          if (sheet.sealText() != null && i == pages.size() - 1) {
            pdfSeal(cs, font, A4_W - MARGIN - 150, Math.max(80, y + 20), sheet.sealText());
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void text(
      PDPageContentStream cs, PDType0Font font, float size, float x, float y, String s)
      throws IOException {
    cs.beginText();
    cs.setFont(font, size);
    cs.newLineAtOffset(x, y);
    cs.showText(s);
    cs.endText();
  }

  /** A 42 mm red ring with a star and the seal's text, drawn as vector graphics. */
  private static void pdfSeal(
      PDPageContentStream cs, PDType0Font font, float x, float y, String label) throws IOException {
    float r = 60;
    float cx = x + r;
    float cy = y + r;
    cs.setStrokingColor(SEAL_RED);
    cs.setNonStrokingColor(SEAL_RED);
    cs.setLineWidth(3.5f);
    float k = 0.552f * r;
    cs.moveTo(cx + r, cy);
    cs.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
    cs.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
    cs.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
    cs.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
    cs.closeAndStroke();
    float s = 16;
    cs.moveTo(cx, cy + s);
    for (int i = 1; i <= 5; i++) {
      double a = Math.PI / 2 + i * 4 * Math.PI / 5;
      cs.lineTo(cx + (float) (s * Math.cos(a)), cy + (float) (s * Math.sin(a)));
    }
    cs.fill();
    String t = label.length() > 10 ? label.substring(0, 10) : label;
    float size = 9;
    float w = font.getStringWidth(t) / 1000 * size;
    text(cs, font, size, cx - w / 2, cy - 32, t);
    cs.setNonStrokingColor(Color.BLACK);
    cs.setStrokingColor(Color.BLACK);
  }

  private static PDType0Font pdfFont(PDDocument doc) throws IOException {
    TrueTypeCollection collection = new TrueTypeCollection(WQY.toFile());
    TrueTypeFont font = collection.getFontByName("WenQuanYiZenHei");
    if (font == null) {
      List<TrueTypeFont> all = new ArrayList<>();
      collection.processAllFonts(all::add);
      font = all.getFirst();
    }
    return PDType0Font.load(doc, font, true);
  }

  // ---- scans ----

  /** Page {@code index} of the sheet rendered like a scan. */
  public static BufferedImage scan(Sheet sheet, int index, ScanOptions o) {
    List<List<String>> pages = sheet.numbered();
    double px = o.dpi() / 72.0;
    int w = (int) Math.round(A4_W * px);
    int h = (int) Math.round(A4_H * px);
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, w, h);
    g.setColor(new Color(20, 20, 20));
    Font base = scanFont();
    double y = MARGIN;
    if (index == 0) {
      Font title = base.deriveFont((float) (TITLE * px));
      g.setFont(title);
      for (String t : sheet.title()) {
        int tw = g.getFontMetrics().stringWidth(t);
        y += LEADING * 1.4;
        g.drawString(t, (w - tw) / 2, (int) (y * px));
      }
    }
    g.setFont(base.deriveFont((float) (BODY * px)));
    List<String> lines = pages.get(index);
    for (int l = 0; l < lines.size(); l++) {
      String line = lines.get(l);
      if (line.startsWith("第 ") && l == lines.size() - 1) {
        g.setFont(base.deriveFont((float) (9 * px)));
        g.drawString(line, (int) ((A4_W / 2 - 40) * px), (int) ((A4_H - 40) * px));
        g.setFont(base.deriveFont((float) (BODY * px)));
      } else {
        y += LEADING;
        g.drawString(line, (int) (MARGIN * px), (int) (y * px));
      }
    }
    if (sheet.sealText() != null && index == pages.size() - 1) {
      double sealY = Math.min(A4_H - 180, y - 40);
      imageSeal(g, base, (A4_W - MARGIN - 150) * px, sealY * px, 60 * px, sheet.sealText());
    }
    g.dispose();
    if (o.noise() > 0) {
      img = noise(img, o.noise(), o.seed());
    }
    if (o.blurSigma() > 0) {
      img = blur(img, o.blurSigma());
    }
    if (o.rotation() != 0) {
      img = org.creditrepair.precheck.ImageOps.rotate(img, o.rotation());
    }
    return img;
  }

  private static void imageSeal(
      Graphics2D g, Font base, double x, double y, double r, String label) {
    Color red = new Color(SEAL_RED.getRed(), SEAL_RED.getGreen(), SEAL_RED.getBlue(), 210);
    g.setColor(red);
    g.setStroke(new BasicStroke((float) (r / 17)));
    g.draw(new Ellipse2D.Double(x, y, 2 * r, 2 * r));
    double cx = x + r;
    double cy = y + r;
    double s = r * 0.27;
    Path2D star = new Path2D.Double();
    for (int i = 0; i < 5; i++) {
      double a = -Math.PI / 2 + i * 4 * Math.PI / 5;
      double sx = cx + s * Math.cos(a);
      double sy = cy + s * Math.sin(a);
      if (i == 0) {
        star.moveTo(sx, sy);
      } else {
        star.lineTo(sx, sy);
      }
    }
    star.closePath();
    g.fill(star);
    String t = label.length() > 10 ? label.substring(0, 10) : label;
    g.setFont(base.deriveFont((float) (r * 0.15)));
    int tw = g.getFontMetrics().stringWidth(t);
    g.drawString(t, (int) (cx - tw / 2.0), (int) (cy + r * 0.6));
    g.setColor(new Color(20, 20, 20));
  }

  private static Font scanFont() {
    for (Path p : List.of(NOTO, WQY)) {
      if (Files.isRegularFile(p)) {
        try {
          Font[] fonts = Font.createFonts(p.toFile());
          for (Font f : fonts) {
            if (f.getFamily(java.util.Locale.ROOT).contains("SC")
                || f.getFamily(java.util.Locale.ROOT).contains("Zen Hei")) {
              return f;
            }
          }
          return fonts[0];
        } catch (IOException | FontFormatException e) {
          // try the next font
        }
      }
    }
    return new Font(Font.SANS_SERIF, Font.PLAIN, 12);
  }

  /** Gaussian blur as two 1-D passes. */
  public static BufferedImage blur(BufferedImage src, double sigma) {
    int radius = (int) Math.ceil(sigma * 3);
    float[] k = new float[2 * radius + 1];
    float sum = 0;
    for (int i = -radius; i <= radius; i++) {
      k[i + radius] = (float) Math.exp(-(i * i) / (2 * sigma * sigma));
      sum += k[i + radius];
    }
    for (int i = 0; i < k.length; i++) {
      k[i] /= sum;
    }
    BufferedImage padded = pad(src, radius);
    ConvolveOp h = new ConvolveOp(new Kernel(k.length, 1, k), ConvolveOp.EDGE_NO_OP, null);
    ConvolveOp v = new ConvolveOp(new Kernel(1, k.length, k), ConvolveOp.EDGE_NO_OP, null);
    BufferedImage out = v.filter(h.filter(padded, null), null);
    return out.getSubimage(radius, radius, src.getWidth(), src.getHeight());
  }

  private static BufferedImage pad(BufferedImage src, int r) {
    BufferedImage out =
        new BufferedImage(
            src.getWidth() + 2 * r, src.getHeight() + 2 * r, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, out.getWidth(), out.getHeight());
    g.drawImage(src, r, r, null);
    g.dispose();
    return out;
  }

  private static BufferedImage noise(BufferedImage img, double amount, long seed) {
    Random r = new Random(seed);
    int w = img.getWidth();
    int h = img.getHeight();
    int[] row = new int[w];
    for (int y = 0; y < h; y++) {
      img.getRGB(0, y, w, 1, row, 0, w);
      for (int x = 0; x < w; x++) {
        int n = (int) (r.nextGaussian() * amount);
        int rgb = row[x];
        int cr = clamp(((rgb >> 16) & 0xFF) + n);
        int cg = clamp(((rgb >> 8) & 0xFF) + n);
        int cb = clamp((rgb & 0xFF) + n);
        row[x] = (cr << 16) | (cg << 8) | cb;
      }
      img.setRGB(0, y, w, 1, row, 0, w);
    }
    return img;
  }

  private static int clamp(int v) {
    return Math.max(0, Math.min(255, v));
  }

  /** The sheet rendered as scans and wrapped as an image-only PDF (JPEG pages). */
  public static byte[] scanPdf(Sheet sheet, ScanOptions o) {
    try (PDDocument doc = new PDDocument()) {
      for (int i = 0; i < sheet.numbered().size(); i++) {
        BufferedImage img = scan(sheet, i, o);
        PDPage page =
            new PDPage(
                new PDRectangle(img.getWidth() * 72f / o.dpi(), img.getHeight() * 72f / o.dpi()));
        doc.addPage(page);
        PDImageXObject x = JPEGFactory.createFromImage(doc, img, 0.85f);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          cs.drawImage(x, 0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** PNG bytes. */
  public static byte[] png(BufferedImage img) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(img, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** JPEG bytes at {@code quality} (0–1). */
  public static byte[] jpg(BufferedImage img, float quality) {
    try {
      ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (MemoryCacheImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
        writer.setOutput(ios);
        ImageWriteParam p = writer.getDefaultWriteParam();
        p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        p.setCompressionQuality(quality);
        writer.write(null, new IIOImage(img, null, null), p);
      } finally {
        writer.dispose();
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
