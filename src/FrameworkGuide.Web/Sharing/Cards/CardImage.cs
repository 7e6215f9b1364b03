using System.Security.Cryptography;

namespace FrameworkGuide.Web.Sharing.Cards;

/// <summary>A drawn card: the PNG bytes and their strong entity tag.</summary>
public sealed record CardImage(byte[] Png, string ETag)
{
    public static CardImage FromPng(byte[] png) =>
        new(png, "\"" + Convert.ToHexStringLower(SHA256.HashData(png).AsSpan(0, 16)) + "\"");
}
