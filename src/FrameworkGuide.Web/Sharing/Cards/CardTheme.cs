using SkiaSharp;

namespace FrameworkGuide.Web.Sharing.Cards;

/// <summary>The card's colours (the site's light theme, <c>wwwroot/css/site.css</c>) and measures, in pixels.</summary>
public static class CardTheme
{
    public static readonly SKColor Background = SKColor.Parse("#fbfbf8");
    public static readonly SKColor Text = SKColor.Parse("#1d2328");
    public static readonly SKColor Muted = SKColor.Parse("#46515b");
    public static readonly SKColor Accent = SKColor.Parse("#1f5f8b");
    public static readonly SKColor AccentSoft = SKColor.Parse("#e6f0f7");
    public static readonly SKColor AccentLine = SKColor.Parse("#c4d9e8");
    public static readonly SKColor OnAccent = SKColors.White;

    /// <summary>Left and right margin of the text.</summary>
    public const float Margin = 80;

    /// <summary>The accent stripe along the top edge.</summary>
    public const float StripeHeight = 12;

    public const float FooterHeight = 88;

    /// <summary>Space kept free above the first and below the last block of text.</summary>
    public const float BlockPadding = 56;

    public const float KickerSize = 28;
    public const float KickerGap = 20;

    public const float TitleMaxSize = 72;
    public const float TitleMinSize = 40;
    public const float TitleLineSpacing = 1.16f;

    public const float ChipSize = 26;
    public const float ChipHeight = 50;
    public const float ChipPadding = 24;
    public const float ChipGap = 14;
    public const int ChipMaxRows = 2;

    public const float TextSize = 31;
    public const float TextLineSpacing = 1.4f;
    public const int TextMaxLines = 3;

    /// <summary>Space between the title, the chips and the text.</summary>
    public const float BlockGap = 34;

    public const float FooterSize = 30;
}
