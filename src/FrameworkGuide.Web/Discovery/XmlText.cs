using System.Text;
using System.Xml;

namespace FrameworkGuide.Web.Discovery;

/// <summary>What the sitemap and the feed need to write XML that every reader accepts.</summary>
public static class XmlText
{
    /// <summary>
    /// The text without the characters XML 1.0 cannot carry at all, escaped or not: control
    /// characters other than tab and line breaks, lone surrogates, U+FFFE and U+FFFF. XmlWriter
    /// escapes markup itself; these it would refuse, so content must never reach it with them.
    /// </summary>
    public static string Clean(string text)
    {
        var firstBad = FirstInvalid(text, 0);
        if (firstBad < 0)
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        var start = 0;
        while (firstBad >= 0)
        {
            clean.Append(text, start, firstBad - start);
            start = firstBad + 1;
            firstBad = FirstInvalid(text, start);
        }

        return clean.Append(text, start, text.Length - start).ToString();
    }

    /// <summary>UTF-8 without a byte order mark, indented, the whole document written in one go.</summary>
    public static byte[] Document(Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            write(writer);
        }

        return stream.ToArray();
    }

    private static int FirstInvalid(string text, int start)
    {
        for (var i = start; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                continue;
            }

            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                i++;
                continue;
            }

            return i;
        }

        return -1;
    }
}
