using Employment.Policy;
using Employment.Policy.Loading;
using Employment.Policy.Model;
using Xunit;

namespace Policy.Tests;

/// <summary>
/// 申报材料 as configuration (R3, catalog README "Materials"): the documents list none, so a measure's files are a bureau's
/// list per region and period with its source; the most specific region's list in force applies (R2), a deployment's
/// before a sample, and a list the loader cannot trust is refused with its file and line.
/// </summary>
public sealed class MaterialListTests : IDisposable
{
    private readonly TestCatalog _files = new TestCatalog()
        .Document("jz")
        .Measures("jz", "hiring", """
            measures:
              - id: absorption
                domain: hiring
                title: 吸纳就业补贴
                clause: （三）
                parameters:
                  - key: hiring.absorption.amount_per_hire
                    value: 100000
                    unit: fen
                    from: 2023-01-01
            """);

    private const string Lists = """
        materials:
          - measure: hiring.absorption
            region: "410000"
            from: 2023-01-01
            source: 省级示例
            sample: true
            items:
              - kind: labour_contract
                name: 劳动合同
                required: true
                files: [pdf, jpg]
                max_kb: 2048
          - measure: hiring.absorption
            region: "410800"
            from: 2024-01-01
            source: 焦作市人社局经办规程
            items:
              - kind: labour_contract
                name: 劳动合同
                required: true
                max_kb: 4096
              - kind: insurance_record
                name: 社会保险缴费明细
                max_kb: 1024
                hint: 登记系统尚无参保记录时上传。
        """;

    public void Dispose() => _files.Dispose();

    private PolicyCatalog Load(string yaml) => CatalogLoader.Load(_files.Configuration("materials", yaml).Root);

    [Fact]
    public void R2_the_most_specific_regions_list_in_force_applies_and_jiaozuos_list_never_reaches_jiyuan()
    {
        var catalog = Load(Lists);

        var jiaozuo = catalog.MaterialsFor("hiring.absorption", Region.Parse("410802"), new DateOnly(2024, 3, 1))!;
        Assert.Equal("焦作市人社局经办规程", jiaozuo.Source);
        Assert.Equal(["labour_contract", "insurance_record"], jiaozuo.Items.Select(i => i.Kind));
        Assert.Equal(["pdf", "jpg", "png"], jiaozuo.Items[0].FileTypes);
        Assert.Equal(1024 * 1024, jiaozuo.Items[1].MaxBytes);
        Assert.False(jiaozuo.Items[1].Required);

        // Before Jiaozuo's list begins, and in Jiyuan at any time, the province's sample applies.
        var before = catalog.MaterialsFor("hiring.absorption", Region.Parse("410802"), new DateOnly(2023, 6, 1))!;
        Assert.True(before.IsSample);
        Assert.Equal(["pdf", "jpg"], before.Items.Single().FileTypes);
        Assert.True(catalog.MaterialsFor("hiring.absorption", Region.Jiyuan, new DateOnly(2024, 3, 1))!.IsSample);
        Assert.Null(catalog.MaterialsFor("hiring.absorption", Region.Jiyuan, new DateOnly(2022, 12, 31)));
        Assert.Null(catalog.MaterialsFor("hiring.expansion", Region.Jiaozuo, new DateOnly(2024, 3, 1)));
    }

    [Fact]
    public void R3_an_unknown_measure_file_type_size_or_a_kind_twice_and_overlapping_lists_are_refused_with_their_file()
    {
        var refused = Assert.Throws<CatalogValidationException>(() => Load("""
            materials:
              - measure: hiring.absorptoin
                region: "410800"
                from: 2023-01-01
                source: 测试
                items:
                  - kind: contract
                    name: 劳动合同
                    files: [docx]
                    max_kb: 9000
                  - kind: contract
                    name: 劳动合同
                    max_kb: 100
              - measure: hiring.absorption
                region: "410800"
                from: 2023-01-01
                source: 测试
                items:
                  - kind: contract
                    name: 劳动合同
                    max_kb: 100
              - measure: hiring.absorption
                region: "410800"
                from: 2023-06-01
                source: 测试
                items:
                  - kind: contract
                    name: 劳动合同
                    max_kb: 100
            """));

        Assert.Contains("'hiring.absorptoin' is no measure of the catalog", refused.Message, StringComparison.Ordinal);
        Assert.Contains("unknown file type 'docx'", refused.Message, StringComparison.Ordinal);
        Assert.Contains("'max_kb' must be a whole number from 1 to 4096, not '9000'", refused.Message, StringComparison.Ordinal);
        Assert.Contains("the material 'contract' is listed twice", refused.Message, StringComparison.Ordinal);
        Assert.Contains("the materials of hiring.absorption in 410800 overlap", refused.Message, StringComparison.Ordinal);
        Assert.Contains("materials.yaml", refused.Message, StringComparison.Ordinal);
    }
}
