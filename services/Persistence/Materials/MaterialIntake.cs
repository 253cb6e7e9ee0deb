using System.Security.Cryptography;
using Employment.Common.V1;
using Employment.ServiceDefaults.Errors;
using Employment.ServiceDefaults.Validation;

namespace Employment.Persistence.Materials;

/// <summary>A file checked on receipt: what it is, its name, the type its content shows and its hash.</summary>
public sealed record CheckedMaterial(string Kind, string KindZh, string FileName, string ContentType, byte[] Content, string Sha256);

/// <summary>
/// 申报材料 as they arrive: each a kind the service's form names, a file name of plain text, content that is a PDF,
/// JPEG or PNG by its first bytes (the name's extension must agree: a file that says it is one thing and is another is
/// refused), not empty. Sizes and counts are the contract's limits, checked before any handler runs. A refusal is
/// INVALID_ARGUMENT naming the file, and nothing of the request is stored.
/// </summary>
public static class MaterialIntake
{
    private static readonly (string ContentType, string[] Extensions, byte[] Signature)[] Accepted =
    [
        ("application/pdf", [".pdf"], "%PDF-"u8.ToArray()),
        ("image/jpeg", [".jpg", ".jpeg"], [0xFF, 0xD8, 0xFF]),
        ("image/png", [".png"], [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
    ];

    /// <summary>The files of a request, checked; <paramref name="kinds"/> are those the service takes (kind → its name in words).</summary>
    public static IReadOnlyList<CheckedMaterial> Check(IEnumerable<Material> materials, IReadOnlyDictionary<string, string> kinds, string field)
    {
        ArgumentNullException.ThrowIfNull(materials);
        ArgumentNullException.ThrowIfNull(kinds);
        var checkedFiles = new List<CheckedMaterial>();
        foreach (var (material, i) in materials.Select((m, i) => (m, i)))
        {
            var at = $"{field}[{i}]";
            var kind = material.Kind.Trim();
            if (!kinds.TryGetValue(kind, out var kindZh))
            {
                throw DomainRuleException.Invalid($"{at}.kind", $"材料类别“{kind}”不在本事项的申报材料中，可选：{string.Join("、", kinds.Select(k => $"{k.Value}（{k.Key}）"))}。");
            }

            var name = PlainText.Check(material.FileName, $"{at}.file_name", 120, "文件名");
            var content = material.Content.ToByteArray();
            if (content.Length == 0)
            {
                throw DomainRuleException.Invalid($"{at}.content", $"{kindZh}“{name}”是空文件，请重新选择文件。");
            }

            var shown = Accepted.FirstOrDefault(a => content.AsSpan().StartsWith(a.Signature));
            if (shown.ContentType is null)
            {
                throw DomainRuleException.Invalid($"{at}.content", $"{kindZh}“{name}”不是 PDF、JPG 或 PNG 文件，请上传扫描件（PDF）或照片（JPG、PNG）。");
            }

            var extension = Path.GetExtension(name).ToLowerInvariant();
            if (!shown.Extensions.Contains(extension))
            {
                throw DomainRuleException.Invalid($"{at}.file_name", $"{kindZh}“{name}”的内容是 {Named(shown.ContentType)} 文件，与文件名不符；请确认选择的是要上传的文件。");
            }

            checkedFiles.Add(new CheckedMaterial(kind, kindZh, name, shown.ContentType, content, Convert.ToHexStringLower(SHA256.HashData(content))));
        }

        return checkedFiles;
    }

    private static string Named(string contentType) => contentType switch
    {
        "application/pdf" => "PDF",
        "image/jpeg" => "JPG",
        _ => "PNG",
    };
}
