using Master.Processor.Quantities;

namespace Master.Processor.Tests.Quantities;

public sealed class QuantityClassesTests
{
    [TestCase("cpu", "Cpu")]
    [TestCase("requests.cpu", "Cpu")]
    [TestCase("limits.cpu", "Cpu")]
    [TestCase("memory", "Bytes")]
    [TestCase("storage", "Bytes")]
    [TestCase("ephemeral-storage", "Bytes")]
    [TestCase("requests.memory", "Bytes")]
    [TestCase("limits.ephemeral-storage", "Bytes")]
    [TestCase("requests.storage", "Bytes")]
    [TestCase("gold.storageclass.storage.k8s.io/requests.storage", "Bytes")]
    [TestCase("hugepages-2Mi", "Bytes")]
    [TestCase("requests.hugepages-1Gi", "Bytes")]
    [TestCase("pods", "Count")]
    [TestCase("services", "Count")]
    [TestCase("count/deployments.apps", "Count")]
    [TestCase("nvidia.com/gpu", "Count")]
    [TestCase("requests.nvidia.com/gpu", "Count")]
    [TestCase("CPU", "Count")]
    [TestCase("xcpu", "Count")]
    [TestCase("mymemory", "Count")]
    public void Key_decides_the_class_of_a_qtymap_entry(string key, string expected)
    {
        QuantityClasses.ForKey(key).Should().Be(Enum.Parse<QuantityClass>(expected));
    }
}
