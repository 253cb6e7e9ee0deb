using System.Security.Cryptography;
using Employment.Common.V1;
using Employment.ServiceDefaults.Errors;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Validation;
using Employment.ServiceDefaults.Forms;

namespace Employment.Persistence.Materials;

/// <summary>A file checked on receipt: what it is, its name, the type its content shows and its hash.</summary>
public sealed record CheckedMaterial(string Kind, string KindZh, string FileName, string ContentType, byte[] Content, string Sha256);

/// <summary>
/// 申报材料 as they arrive: each a kind the measure's list names (<see cref="MaterialItem"/>, from the catalog), a file name
/// of plain text, content that is a PDF, JPEG or PNG by its first bytes and of a type the list takes (the name's extension
/// must agree: a file that says it is one thing and is another is refused), not empty, no larger than the list allows.
/// Counts are the contract's limits, checked before any handler runs. A refusal is INVALID_ARGUMENT naming the file, and
/// nothing of the request is stored.
/// </summary>
public static class MaterialIntake
{
    private static readonly (string Type, string ContentType, string[] Extensions, byte[] Signature)[] Accepted =
    [
        ("pdf", "application/pdf", [".pdf"], "%PDF-"u8.ToArray()),
        ("jpg", "image/jpeg", [".jpg", ".jpeg"], [0xFF, 0xD8, 0xFF]),
        ("png", "image/png", [".png"], [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
    ];

    /// <summary>The files of a request, checked against the measure's list (<paramref name="items"/>).</summary>
    public static IReadOnlyList<CheckedMaterial> Check(IEnumerable<Material> materials, IReadOnlyList<MaterialItem> items, string field)
    {
        ArgumentNullException.ThrowIfNull(materials);
        ArgumentNullException.ThrowIfNull(items);
        var checkedFiles = new List<CheckedMaterial>();
        foreach (var (material, i) in materials.Select((m, i) => (m, i)))
        {
            var at = $"{field}[{i}]";
            var kind = material.Kind.Trim();
            if (items.FirstOrDefault(m => m.Kind == kind) is not { } item)
            {
                throw DomainRuleException.Invalid($"{at}.kind", items.Count == 0
                    ? "本事项不需要上传申报材料，请不要附带文件。"
                    : $"材料类别“{kind}”不在本事项的申报材料中，可选：{string.Join("、", items.Select(k => $"{k.NameZh}（{k.Kind}）"))}。");
            }

            var name = PlainText.Check(material.FileName, $"{at}.file_name", 120, "文件名");
            var content = material.Content.ToByteArray();
            if (content.Length == 0)
            {
                throw DomainRuleException.Invalid($"{at}.content", $"{item.NameZh}“{name}”是空文件，请重新选择文件。");
            }

            var shown = Accepted.FirstOrDefault(a => content.AsSpan().StartsWith(a.Signature));
            if (shown.ContentType is null || !item.FileTypes.Contains(shown.Type))
            {
                throw DomainRuleException.Invalid($"{at}.content", $"{item.NameZh}“{name}”不是 {FileWords.TypesZh(item.FileTypes)} 文件，请上传{FileWords.TypesZh(item.FileTypes)}文件。");
            }

            var extension = Path.GetExtension(name).ToLowerInvariant();
            if (!shown.Extensions.Contains(extension))
            {
                throw DomainRuleException.Invalid($"{at}.file_name", $"{item.NameZh}“{name}”的内容是 {shown.Type.ToUpperInvariant()} 文件，与文件名不符；请确认选择的是要上传的文件。");
            }

            if (item.MaxBytes > 0 && content.Length > item.MaxBytes)
            {
                throw DomainRuleException.Invalid($"{at}.content", $"{item.NameZh}“{name}”有 {FileWords.SizeZh(content.Length)}，本项最大 {FileWords.SizeZh(item.MaxBytes)}：请缩小后重新上传。");
            }

            checkedFiles.Add(new CheckedMaterial(kind, item.NameZh, name, shown.ContentType, content, Convert.ToHexStringLower(SHA256.HashData(content))));
        }

        return checkedFiles;
    }
}
