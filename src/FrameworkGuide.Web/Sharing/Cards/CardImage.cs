namespace FrameworkGuide.Web.Sharing.Cards;

/// <summary>A drawn card: the PNG bytes and their strong entity tag (<see cref="CardTag"/>).</summary>
public sealed record CardImage(byte[] Png, string ETag);
