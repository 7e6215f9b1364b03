using System.Text;
using FrameworkGuide.Content.Diagnostics;
using FrameworkGuide.Content.Model;
using FrameworkGuide.Content.Parsing;

namespace FrameworkGuide.Content.Loading;

/// <summary>
/// Writes one file's undated <see cref="ParseResult"/> as bytes and reads it back as an equal result.
/// A string or section met twice in one result is written once and read back as one instance, so a
/// guide read back takes the memory the parsed one took.
/// </summary>
/// <remarks>
/// The bytes are only ever read by the build that wrote them (<see cref="ParseCache"/> keys its file
/// on this assembly's version), so the format has no versions of its own: change it freely, with the
/// model, and the round-trip tests say whether something was forgotten.
/// </remarks>
internal static class ParseResultFormat
{
    private const int Absent = 0;
    private const int Inline = 1;

    public static void Write(BinaryWriter writer, ParseResult result) => new Writer(writer).Result(result);

    /// <summary>Reads a result from bytes <see cref="Write"/> wrote; bytes it did not write may throw <see cref="FormatException"/>.</summary>
    public static ParseResult Read(byte[] bytes, int length) => new Reader(bytes, length).Result();

    private sealed class Writer(BinaryWriter output)
    {
        private readonly Dictionary<object, int> seen = new(ReferenceEqualityComparer.Instance);

        public void Result(ParseResult result)
        {
            List(result.Diagnostics, diagnostic =>
            {
                Text(diagnostic.Path);
                output.Write7BitEncodedInt(diagnostic.Line);
                output.Write((byte)diagnostic.Severity);
                Text(diagnostic.Message);
            });
            output.Write(result.LastChecked is not null);
            if (result.LastChecked is { } lastChecked)
            {
                Date(lastChecked.Date);
                output.Write7BitEncodedInt(lastChecked.Line);
            }

            output.Write(result.Guide is not null);
            if (result.Guide is { } guide)
            {
                Guide(guide);
            }
        }

        private void Guide(Guide guide)
        {
            Text(guide.Slug);
            Text(guide.SourcePath);
            output.Write(guide.SourceHash.High);
            output.Write(guide.SourceHash.Low);
            Text(guide.Title);
            Text(guide.Summary);
            OptionalDate(guide.Updated);
            OptionalDate(guide.Reviewed);
            Text(guide.Author);
            List(guide.Options, option =>
            {
                Text(option.Name);
                Section(option.WhenFits);
            });
            List(guide.Tags, tag =>
            {
                Text(tag.Name);
                Text(tag.Slug);
            });
            List(guide.Aliases, Text);
            Utf8(guide.IntroductionHtml);
            Section(guide.QuickAnswer);
            Optional(guide.DecisionTable, table =>
            {
                Section(table.Section);
                List(table.Headers, Text);
                List(table.Rows, row =>
                {
                    Text(row.Id);
                    Text(row.Need);
                    Text(row.NeedHtml);
                    Text(row.Option);
                    Utf8(row.ReasonHtml);
                    output.Write7BitEncodedInt(row.Line);
                    Utf8(row.Reason);
                });
                Text(table.AfterHtml);
            });
            List(guide.Sections, Section);
            Optional(guide.Faq, faq =>
            {
                Section(faq.Section);
                List(faq.Items, item =>
                {
                    Text(item.Id);
                    Text(item.Question);
                    Text(item.QuestionHtml);
                    Utf8(item.AnswerHtml);
                    output.Write7BitEncodedInt(item.Line);
                    Utf8(item.AnswerText);
                });
            });
            Optional(guide.Sources, sources =>
            {
                Section(sources.Section);
                List(sources.Links, link =>
                {
                    Text(link.Title);
                    Text(link.Url);
                });
            });
            Section(guide.AboutAuthor);
            List(guide.AnchorAliases.ToList(), pair =>
            {
                Text(pair.Key);
                Text(pair.Value);
            });
            List(guide.AnchorIds.ToList(), Text);
            List(guide.GuideLinks, link =>
            {
                Text(link.Url);
                Text(link.Slug);
                Text(link.Fragment);
                output.Write7BitEncodedInt(link.Line);
            });
        }

        private void Section(Section? section)
        {
            if (Reference(section))
            {
                Text(section!.Id);
                Text(section.Title);
                Text(section.TitleHtml);
                Utf8(section.Html);
                output.Write7BitEncodedInt(section.Line);
                Utf8(section.Text);
            }
        }

        private void Text(string? text)
        {
            if (Reference(text))
            {
                output.Write(text!);
            }
        }

        /// <summary>As a string is written (a length, then UTF-8), but straight from the bytes; texts sharing bytes are written once.</summary>
        private void Utf8(Utf8Text text)
        {
            if (Reference(text.Array))
            {
                output.Write7BitEncodedInt(text.Bytes.Length);
                output.Write(text.Bytes);
            }
        }

        /// <summary>Writes a null, a back reference to an instance already written, or a mark that the instance follows (true).</summary>
        private bool Reference(object? value)
        {
            if (value is null)
            {
                output.Write7BitEncodedInt(Absent);
                return false;
            }

            if (seen.TryGetValue(value, out var index))
            {
                output.Write7BitEncodedInt(index + 2);
                return false;
            }

            seen.Add(value, seen.Count);
            output.Write7BitEncodedInt(Inline);
            return true;
        }

        private void Optional<T>(T? value, Action<T> write)
            where T : class
        {
            output.Write(value is not null);
            if (value is not null)
            {
                write(value);
            }
        }

        private void List<T>(IReadOnlyCollection<T> items, Action<T> write)
        {
            output.Write7BitEncodedInt(items.Count);
            foreach (var item in items)
            {
                write(item);
            }
        }

        private void Date(DateOnly date) => output.Write7BitEncodedInt(date.DayNumber);

        private void OptionalDate(DateOnly? date)
        {
            output.Write(date.HasValue);
            if (date is { } value)
            {
                Date(value);
            }
        }
    }

    /// <summary>Reads straight from the bytes: a string is decoded once, where <see cref="BinaryReader"/> copies long ones through a builder.</summary>
    private sealed class Reader(byte[] bytes, int length)
    {
        private readonly List<object> seen = [];
        private int position;

        public ParseResult Result()
        {
            var diagnostics = List(() => new ContentDiagnostic(Text()!, Int(), (Severity)Byte(), Text()!));
            var lastChecked = Boolean() ? new LastChecked(Date(), Int()) : null;
            var guide = Boolean() ? Guide() : null;
            return new ParseResult(guide, diagnostics) { LastChecked = lastChecked };
        }

        private Guide Guide() => new()
        {
            Slug = Text()!,
            SourcePath = Text()!,
            SourceHash = new Hash128(ULong(), ULong()),
            Title = Text()!,
            Summary = Text(),
            Updated = OptionalDate(),
            Reviewed = OptionalDate(),
            Author = Text(),
            Options = List(() => new GuideOption(Text()!, Section())),
            Tags = List(() => new Tag(Text()!, Text()!)),
            Aliases = List(() => Text()!),
            IntroductionHtml = Utf8(),
            QuickAnswer = Section(),
            DecisionTable = Optional(() => new DecisionTable(
                Section()!,
                List(() => Text()!),
                List(() => new DecisionRow(Text()!, Text()!, Text()!, Text(), Utf8(), Int()) { Reason = Utf8() }),
                Text()!)),
            Sections = List(() => Section()!),
            Faq = Optional(() => new Faq(
                Section()!,
                List(() => new FaqItem(Text()!, Text()!, Text()!, Utf8(), Int()) { AnswerText = Utf8() }))),
            Sources = Optional(() => new SourceList(Section()!, List(() => new SourceLink(Text()!, Text()!)))),
            AboutAuthor = Section(),
            AnchorAliases = List(() => KeyValuePair.Create(Text()!, Text()!)).ToDictionary(StringComparer.Ordinal),
            AnchorIds = List(() => Text()!).ToHashSet(StringComparer.Ordinal),
            GuideLinks = List(() => new GuideLink(Text()!, Text()!, Text(), Int())),
        };

        private Section? Section()
        {
            var tag = Int();
            if (tag != Inline)
            {
                return tag == Absent ? null : (Section)seen[tag - 2];
            }

            var index = seen.Count;
            seen.Add(null!);
            var section = new Section(Text()!, Text()!, Text()!, Utf8(), Int()) { Text = Utf8() };
            seen[index] = section;
            return section;
        }

        private string? Text() => ReadText(static (bytes, start, count) => Encoding.UTF8.GetString(bytes, start, count), absent: null);

        /// <summary>What <see cref="Writer"/>'s <c>Utf8</c> wrote: the bytes copied as they are, not decoded.</summary>
        private Utf8Text Utf8() => ReadText(static (bytes, start, count) => Utf8Text.FromUtf8(bytes.AsSpan(start, count).ToArray()), Utf8Text.Empty);

        /// <summary>A text written after a reference mark: absent, a back reference to one read before, or its length and UTF-8 bytes.</summary>
        private T ReadText<T>(Func<byte[], int, int, T> decode, T absent)
        {
            var tag = Int();
            if (tag != Inline)
            {
                return tag == Absent ? absent : seen[tag - 2] is T kept ? kept : throw new FormatException("a back reference to a text names something else");
            }

            var byteCount = Int();
            if ((uint)byteCount > (uint)(length - position))
            {
                throw new FormatException("a text runs past the end of its entry");
            }

            var text = decode(bytes, position, byteCount);
            position += byteCount;
            seen.Add(text!);
            return text;
        }

        private byte Byte() => position < length ? bytes[position++] : throw new FormatException("the entry ends early");

        private bool Boolean() => Byte() != 0;

        /// <summary>The 8 little-endian bytes <see cref="BinaryWriter.Write(ulong)"/> writes.</summary>
        private ulong ULong()
        {
            if (length - position < sizeof(ulong))
            {
                throw new FormatException("the entry ends early");
            }

            var value = System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(position));
            position += sizeof(ulong);
            return value;
        }

        /// <summary>The 7-bit encoded integer <see cref="BinaryWriter.Write7BitEncodedInt"/> writes.</summary>
        private int Int()
        {
            var value = 0u;
            for (var shift = 0; shift < 35; shift += 7)
            {
                var next = Byte();
                value |= (next & 0x7Fu) << shift;
                if (next < 0x80)
                {
                    return (int)value;
                }
            }

            throw new FormatException("an integer is too long");
        }

        private T? Optional<T>(Func<T> read)
            where T : class =>
            Boolean() ? read() : null;

        private List<T> List<T>(Func<T> read)
        {
            var count = Int();
            var items = new List<T>(Math.Min(count, 1024));
            for (var i = 0; i < count; i++)
            {
                items.Add(read());
            }

            return items;
        }

        private DateOnly Date() => DateOnly.FromDayNumber(Int());

        private DateOnly? OptionalDate() => Boolean() ? Date() : null;
    }
}
