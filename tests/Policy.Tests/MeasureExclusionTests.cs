using Employment.Policy.Loading;
using Employment.Policy.Model;
using Xunit;

namespace Policy.Tests;

/// <summary>
/// "不能重复享受" as catalog data (catalog/exclusions.yaml): each pair of measures that may not both pay names
/// the boolean key whose values carry its clause, region and period, so the rule reaches only the region
/// and dates the document sets; the loader refuses an entry naming a measure or scope the catalog lacks.
/// </summary>
public sealed class MeasureExclusionTests
{
    private static MeasureExclusion Named(string key) => Assert.Single(RealCatalog.Catalog.Exclusions, e => e.Key == key);

    [Fact]
    public void Expansion_and_absorption_exclude_each_other_per_person_in_Jiaozuo_2023_under_36号_四_and_not_in_Jiyuan()
    {
        var pair = Named("hiring.expansion.exclusive_with_absorption");
        Assert.Equal(ExclusionScope.Person, pair.Per);
        Assert.True(pair.Pairs("hiring.absorption", "hiring.expansion"));
        Assert.False(pair.Pairs("hiring.absorption", "hiring.absorption"));
        Assert.True(RealCatalog.Catalog.TryResolve(pair.Key, Region.Jiaozuo, new DateOnly(2023, 6, 1), out var value));
        Assert.True(value.Value.Boolean);
        Assert.Contains("焦政办〔2023〕36号", value.Source.Display(), StringComparison.Ordinal);
        Assert.False(RealCatalog.Catalog.TryResolve(pair.Key, Region.Jiyuan, new DateOnly(2023, 6, 1), out _));
        Assert.False(RealCatalog.Catalog.TryResolve(pair.Key, Region.Jiaozuo, new DateOnly(2024, 1, 1), out _));
    }

    [Fact]
    public void Skill_upgrade_and_vocational_training_exclude_each_other_for_the_same_training_under_15号_十二()
    {
        var pair = Named("training.skill_upgrade.not_with_vocational_training_subsidy_same_training");
        Assert.Equal(ExclusionScope.SameTraining, pair.Per);
        Assert.True(pair.Pairs("training.vocational_training", "training.skill_upgrade"));
        Assert.True(RealCatalog.Catalog.TryResolve(pair.Key, Region.Jiaozuo, new DateOnly(2024, 5, 1), out var value));
        Assert.Contains("（十二）", value.Source.Display(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_social_insurance_person_month_is_subsidised_once_across_routes_and_the_flexible_workers_own_claim_R21_R25()
    {
        var once = Named("hiring.social_insurance_subsidy.once_per_person_month");
        Assert.Equal(ExclusionScope.PersonMonth, once.Per);
        Assert.True(once.Pairs("hiring.social_insurance_subsidy", "hiring.social_insurance_subsidy.flexible"));
        Assert.True(once.Pairs("hiring.social_insurance_subsidy", "hiring.social_insurance_subsidy"));
        // A measure whose key only begins with the same letters is not a part of it.
        Assert.False(once.Names("hiring.social_insurance_subsidy_other"));
        Assert.True(RealCatalog.Catalog.TryResolve(once.Key, Region.Jiyuan, new DateOnly(2024, 3, 1), out var value));
        Assert.Equal("R21, R25", value.Source.RulingId);
    }

    [Theory]
    [InlineData("measures: [hiring.expansion, hiring.absorption]", "measures: [hiring.expansion, hiring.nothing_like_it]", "no key of the catalog belongs to the measure 'hiring.nothing_like_it'")]
    [InlineData("per: same_training", "per: same_course", "unknown 'per' 'same_course'")]
    [InlineData("key: hiring.expansion.exclusive_with_absorption", "key: hiring.expansion.amount_per_hire", "no document gives this key a boolean value")]
    public void The_catalog_refuses_an_exclusion_it_cannot_apply(string from, string to, string expected)
    {
        var directory = Directory.CreateTempSubdirectory("exclusions");
        try
        {
            foreach (var file in Directory.GetFiles(RealCatalog.CatalogPath, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(directory.FullName, Path.GetRelativePath(RealCatalog.CatalogPath, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }

            var exclusions = Path.Combine(directory.FullName, CatalogLoader.ExclusionsFile);
            File.WriteAllText(exclusions, File.ReadAllText(exclusions).Replace(from, to, StringComparison.Ordinal));
            var error = Assert.Throws<CatalogValidationException>(() => CatalogLoader.Load(directory.FullName));
            Assert.Contains(error.Errors, e => e.Message.Contains(expected, StringComparison.Ordinal) && e.Location.File.EndsWith(CatalogLoader.ExclusionsFile, StringComparison.Ordinal));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
