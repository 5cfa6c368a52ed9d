using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using FactExtractor.Generate;

// factx-generate: synthetic inputs for measuring `factx batch` (see bench/README.md).
//   docs  DIR  [--count 10000] [--corrupt-every 100] [--huge-mb 20] [--seed 1]
//   jsonl FILE [--size-mb 1024] [--seed 1]
//   text  FILE [--size-mb 5] [--seed 1]
const string Usage = """
    usage:
      factx-generate docs DIR [--count 10000] [--corrupt-every 100] [--huge-mb 20] [--seed 1]
          DIR/NNN/doc-NNNNN.txt, 100 files a folder; every corrupt-every-th document is corrupt,
          in turn binary (NUL bytes), invalid UTF-8, empty, and huge (--huge-mb of text)
      factx-generate jsonl FILE [--size-mb 1024] [--seed 1]
          JSON Lines {"id","text","referenceDate"} until FILE holds --size-mb megabytes; one line
          in 100 is bad in turn (empty text, no text, not JSON, a bad date), and one in 50,000
          holds a long text, in turn 2 MB (too large) and 0.9 MB (the largest extracted)
      factx-generate text FILE [--size-mb 5] [--seed 1]
          one news text: articles one after another, each ending in a blank line, until FILE
          holds at least --size-mb megabytes of UTF-8 (the benchmarks' large input)
    """;

if (args.Length < 2)
{
    Console.Error.WriteLine(Usage);
    return 2;
}
var options = new Dictionary<string, string>(StringComparer.Ordinal);
for (int i = 2; i + 1 < args.Length; i += 2)
    options[args[i]] = args[i + 1];
long Option(string name, long fallback) =>
    options.TryGetValue(name, out var v) ? long.Parse(v, CultureInfo.InvariantCulture) : fallback;

var utf8 = new UTF8Encoding(false);
var articles = new Articles((int)Option("--seed", 1));
switch (args[0])
{
    case "docs":
        {
            long count = Option("--count", 10_000);
            long every = Option("--corrupt-every", 100);
            long hugeBytes = Option("--huge-mb", 20) * 1_000_000;
            int corrupt = 0;
            for (long i = 0; i < count; i++)
            {
                var folder = Path.Combine(args[1], (i / 100).ToString("D3", CultureInfo.InvariantCulture));
                Directory.CreateDirectory(folder);
                var path = Path.Combine(folder, $"doc-{i.ToString("D5", CultureInfo.InvariantCulture)}.txt");
                var text = articles.Next();
                if (every > 0 && i % every == every / 2)
                {
                    switch (corrupt++ % 4)
                    {
                        case 0: // binary: a text with NUL bytes and random bytes in it
                            var bytes = new byte[4096];
                            articles.NextBytes(bytes);
                            bytes[17] = 0;
                            File.WriteAllBytes(path, [.. utf8.GetBytes(text[..(text.Length / 2)]), .. bytes]);
                            continue;
                        case 1: // invalid UTF-8: a lone continuation byte and a cut sequence in good text
                            var good = utf8.GetBytes(text);
                            File.WriteAllBytes(path, [.. good[..30], 0x80, .. good[30..], 0xE4, 0xB8]);
                            continue;
                        case 2: // empty
                            File.WriteAllBytes(path, []);
                            continue;
                        default: // huge: valid text, larger than factx batch's 1 MB limit
                            using (var huge = new StreamWriter(path, false, utf8))
                            {
                                long written = 0;
                                while (written < hugeBytes)
                                {
                                    var chunk = articles.Next();
                                    huge.Write(chunk);
                                    written += utf8.GetByteCount(chunk);
                                }
                            }
                            continue;
                    }
                }
                File.WriteAllText(path, text, utf8);
            }
            Console.Error.WriteLine($"factx-generate: {count} documents in {args[1]} ({corrupt} corrupt)");
            return 0;
        }
    case "jsonl":
        {
            long limit = Option("--size-mb", 1024) * 1_000_000;
            var jsonOptions = new JsonWriterOptions { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };
            using var file = new FileStream(args[1], FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 20);
            long lines = 0;
            var line = new MemoryStream();
            while (file.Length < limit)
            {
                lines++;
                line.SetLength(0);
                var id = $"news-{lines.ToString("D7", CultureInfo.InvariantCulture)}";
                if (lines % 100 == 50)
                {
                    switch (lines / 100 % 4)
                    {
                        case 0:
                            Write(line, id, "", articles.ReferenceDate());
                            break;
                        case 1:
                            Write(line, id, null, articles.ReferenceDate());
                            break;
                        case 2:
                            line.Write(utf8.GetBytes($"{{\"id\": \"{id}\", \"text\": 这不是JSON"));
                            break;
                        default:
                            if (lines % 50_000 == 350)
                            {
                                // In turn a 2 MB text (over factx batch's 1 MB --max-bytes) and
                                // a 0.9 MB one (the largest it extracts): the memory worst case.
                                long target = lines / 50_000 % 2 == 0 ? 2_000_000 : 900_000;
                                var huge = new StringBuilder();
                                long bytes = 0;
                                while (true)
                                {
                                    var article = articles.Next();
                                    long more = utf8.GetByteCount(article);
                                    if (bytes + more > target && bytes > 0)
                                        break;
                                    huge.Append(article);
                                    bytes += more;
                                }
                                Write(line, id, huge.ToString(), articles.ReferenceDate());
                            }
                            else
                            {
                                Write(line, id, articles.Next(), "2022-02-30"); // not a date
                            }
                            break;
                    }
                }
                else
                {
                    Write(line, id, articles.Next(), articles.ReferenceDate());
                }
                line.WriteByte((byte)'\n');
                file.Write(line.GetBuffer(), 0, (int)line.Length);
            }
            Console.Error.WriteLine($"factx-generate: {lines} lines, {file.Length} bytes in {args[1]}");
            return 0;

            void Write(Stream stream, string id, string? text, string date)
            {
                using var json = new Utf8JsonWriter(stream, jsonOptions);
                json.WriteStartObject();
                json.WriteString("id", id);
                if (text is not null)
                    json.WriteString("text", text);
                json.WriteString("referenceDate", date);
                json.WriteEndObject();
            }
        }
    case "text":
        {
            long limit = Option("--size-mb", 5) * 1_000_000;
            File.WriteAllText(args[1], articles.Text(limit), utf8);
            Console.Error.WriteLine($"factx-generate: {new FileInfo(args[1]).Length} bytes in {args[1]}");
            return 0;
        }
    default:
        Console.Error.WriteLine(Usage);
        return 2;
}
