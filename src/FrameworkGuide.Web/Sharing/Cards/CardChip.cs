using SkiaSharp;

namespace FrameworkGuide.Web.Sharing.Cards;

/// <summary>One pill-shaped label laid out on a card.</summary>
public sealed record CardChip(string Text, SKRect Bounds);
