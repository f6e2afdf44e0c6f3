(define (problem plan_trial_T2605_train_016)
(:domain alfred)
(:objects
agent1 - agent
CabinetType - rtype
CoffeeMachineType - rtype
CounterTopType - rtype
DiningTableType - rtype
DrawerType - rtype
FridgeType - rtype
GarbageCanType - rtype
MicrowaveType - rtype
ShelfType - rtype
SinkBasinType - rtype
StoveBurnerType - rtype
BreadType - otype
CupType - otype
EggType - otype
KnifeType - otype
MugType - otype
PotatoType - otype
SpoonType - otype
Spoon_bar__plus_01_dot_79_bar__plus_01_dot_96_bar__minus_02_dot_87 - object
Spoon_bar__plus_01_dot_21_bar__minus_01_dot_19_bar__minus_01_dot_88 - object
Bread_bar__plus_02_dot_08_bar__minus_00_dot_32_bar__plus_00_dot_07 - object
Egg_bar__plus_01_dot_28_bar__minus_02_dot_29_bar__plus_01_dot_13 - object
Potato_bar__plus_01_dot_47_bar__plus_01_dot_81_bar__plus_00_dot_29 - object
Knife_bar__plus_02_dot_17_bar__plus_00_dot_64_bar__plus_01_dot_62 - object
Mug_bar__plus_02_dot_74_bar__plus_02_dot_35_bar__plus_02_dot_28 - object
Cup_bar__minus_00_dot_71_bar__minus_00_dot_75_bar__plus_01_dot_71 - object
Cabinet_bar__plus_01_dot_61_bar__minus_00_dot_61_bar__minus_00_dot_27 - receptacle
Cabinet_bar__minus_00_dot_61_bar__plus_02_dot_85_bar__plus_00_dot_66 - receptacle
Cabinet_bar__minus_00_dot_83_bar__plus_02_dot_74_bar__minus_00_dot_22 - receptacle
CounterTop_bar__plus_02_dot_86_bar__plus_02_dot_17_bar__plus_00_dot_86 - receptacle
CounterTop_bar__minus_00_dot_30_bar__minus_02_dot_16_bar__minus_01_dot_37 - receptacle
Drawer_bar__minus_01_dot_21_bar__plus_00_dot_21_bar__minus_02_dot_86 - receptacle
Drawer_bar__minus_02_dot_73_bar__plus_01_dot_29_bar__minus_01_dot_82 - receptacle
Fridge_bar__minus_02_dot_88_bar__plus_01_dot_79_bar__plus_01_dot_51 - receptacle
Microwave_bar__minus_01_dot_90_bar__minus_00_dot_77_bar__minus_01_dot_67 - receptacle
Sink_bar__plus_00_dot_50_bar__plus_00_dot_55_bar__minus_02_dot_57_bar_SinkBasin - receptacle
StoveBurner_bar__minus_01_dot_84_bar__minus_02_dot_32_bar__plus_01_dot_97 - receptacle
GarbageCan_bar__plus_00_dot_19_bar__plus_01_dot_00_bar__minus_02_dot_66 - receptacle
CoffeeMachine_bar__minus_02_dot_80_bar__minus_01_dot_91_bar__minus_00_dot_28 - receptacle
Shelf_bar__minus_00_dot_87_bar__minus_01_dot_05_bar__minus_01_dot_24 - receptacle
DiningTable_bar__minus_00_dot_37_bar__plus_00_dot_56_bar__minus_01_dot_59 - receptacle
loc_bar_0_bar_0_bar_3_bar_60 - location
loc_bar_10_bar_11_bar_0_bar_0 - location
loc_bar_1_bar_5_bar_0_bar__minus_30 - location
loc_bar_3_bar__minus_5_bar_0_bar_0 - location
loc_bar_3_bar__minus_9_bar_2_bar__minus_30 - location
loc_bar_4_bar__minus_3_bar_2_bar_60 - location
loc_bar_4_bar__minus_6_bar_3_bar_0 - location
loc_bar_7_bar_1_bar_1_bar_30 - location
loc_bar_8_bar_9_bar_3_bar__minus_30 - location
loc_bar_9_bar_6_bar_2_bar__minus_30 - location
loc_bar__minus_1_bar__minus_5_bar_1_bar_30 - location
loc_bar__minus_3_bar_0_bar_1_bar_30 - location
loc_bar__minus_7_bar_3_bar_1_bar_60 - location
loc_bar__minus_7_bar__minus_7_bar_3_bar_45 - location
loc_bar__minus_7_bar__minus_9_bar_3_bar__minus_30 - location
loc_bar__minus_9_bar__minus_8_bar_1_bar_45 - location
)
(:init
(atLocation agent1 loc_bar_10_bar_11_bar_0_bar_0)
(receptacleType Cabinet_bar__plus_01_dot_61_bar__minus_00_dot_61_bar__minus_00_dot_27 CabinetType)
(receptacleAtLocation Cabinet_bar__plus_01_dot_61_bar__minus_00_dot_61_bar__minus_00_dot_27 loc_bar__minus_7_bar__minus_7_bar_3_bar_45)
(openable Cabinet_bar__plus_01_dot_61_bar__minus_00_dot_61_bar__minus_00_dot_27)
(receptacleType Cabinet_bar__minus_00_dot_61_bar__plus_02_dot_85_bar__plus_00_dot_66 CabinetType)
(receptacleAtLocation Cabinet_bar__minus_00_dot_61_bar__plus_02_dot_85_bar__plus_00_dot_66 loc_bar_4_bar__minus_6_bar_3_bar_0)
(openable Cabinet_bar__minus_00_dot_61_bar__plus_02_dot_85_bar__plus_00_dot_66)
(receptacleType Cabinet_bar__minus_00_dot_83_bar__plus_02_dot_74_bar__minus_00_dot_22 CabinetType)
(receptacleAtLocation Cabinet_bar__minus_00_dot_83_bar__plus_02_dot_74_bar__minus_00_dot_22 loc_bar_8_bar_9_bar_3_bar__minus_30)
(openable Cabinet_bar__minus_00_dot_83_bar__plus_02_dot_74_bar__minus_00_dot_22)
(receptacleType CounterTop_bar__plus_02_dot_86_bar__plus_02_dot_17_bar__plus_00_dot_86 CounterTopType)
(receptacleAtLocation CounterTop_bar__plus_02_dot_86_bar__plus_02_dot_17_bar__plus_00_dot_86 loc_bar_9_bar_6_bar_2_bar__minus_30)
(receptacleType CounterTop_bar__minus_00_dot_30_bar__minus_02_dot_16_bar__minus_01_dot_37 CounterTopType)
(receptacleAtLocation CounterTop_bar__minus_00_dot_30_bar__minus_02_dot_16_bar__minus_01_dot_37 loc_bar_0_bar_0_bar_3_bar_60)
(receptacleType Drawer_bar__minus_01_dot_21_bar__plus_00_dot_21_bar__minus_02_dot_86 DrawerType)
(receptacleAtLocation Drawer_bar__minus_01_dot_21_bar__plus_00_dot_21_bar__minus_02_dot_86 loc_bar_7_bar_1_bar_1_bar_30)
(openable Drawer_bar__minus_01_dot_21_bar__plus_00_dot_21_bar__minus_02_dot_86)
(receptacleType Drawer_bar__minus_02_dot_73_bar__plus_01_dot_29_bar__minus_01_dot_82 DrawerType)
(receptacleAtLocation Drawer_bar__minus_02_dot_73_bar__plus_01_dot_29_bar__minus_01_dot_82 loc_bar__minus_7_bar_3_bar_1_bar_60)
(openable Drawer_bar__minus_02_dot_73_bar__plus_01_dot_29_bar__minus_01_dot_82)
(receptacleType Fridge_bar__minus_02_dot_88_bar__plus_01_dot_79_bar__plus_01_dot_51 FridgeType)
(receptacleAtLocation Fridge_bar__minus_02_dot_88_bar__plus_01_dot_79_bar__plus_01_dot_51 loc_bar__minus_1_bar__minus_5_bar_1_bar_30)
(openable Fridge_bar__minus_02_dot_88_bar__plus_01_dot_79_bar__plus_01_dot_51)
(receptacleType Microwave_bar__minus_01_dot_90_bar__minus_00_dot_77_bar__minus_01_dot_67 MicrowaveType)
(receptacleAtLocation Microwave_bar__minus_01_dot_90_bar__minus_00_dot_77_bar__minus_01_dot_67 loc_bar__minus_9_bar__minus_8_bar_1_bar_45)
(openable Microwave_bar__minus_01_dot_90_bar__minus_00_dot_77_bar__minus_01_dot_67)
(receptacleType Sink_bar__plus_00_dot_50_bar__plus_00_dot_55_bar__minus_02_dot_57_bar_SinkBasin SinkBasinType)
(receptacleAtLocation Sink_bar__plus_00_dot_50_bar__plus_00_dot_55_bar__minus_02_dot_57_bar_SinkBasin loc_bar__minus_7_bar__minus_9_bar_3_bar__minus_30)
(receptacleType StoveBurner_bar__minus_01_dot_84_bar__minus_02_dot_32_bar__plus_01_dot_97 StoveBurnerType)
(receptacleAtLocation StoveBurner_bar__minus_01_dot_84_bar__minus_02_dot_32_bar__plus_01_dot_97 loc_bar__minus_3_bar_0_bar_1_bar_30)
(receptacleType GarbageCan_bar__plus_00_dot_19_bar__plus_01_dot_00_bar__minus_02_dot_66 GarbageCanType)
(receptacleAtLocation GarbageCan_bar__plus_00_dot_19_bar__plus_01_dot_00_bar__minus_02_dot_66 loc_bar_3_bar__minus_9_bar_2_bar__minus_30)
(receptacleType CoffeeMachine_bar__minus_02_dot_80_bar__minus_01_dot_91_bar__minus_00_dot_28 CoffeeMachineType)
(receptacleAtLocation CoffeeMachine_bar__minus_02_dot_80_bar__minus_01_dot_91_bar__minus_00_dot_28 loc_bar_1_bar_5_bar_0_bar__minus_30)
(receptacleType Shelf_bar__minus_00_dot_87_bar__minus_01_dot_05_bar__minus_01_dot_24 ShelfType)
(receptacleAtLocation Shelf_bar__minus_00_dot_87_bar__minus_01_dot_05_bar__minus_01_dot_24 loc_bar_3_bar__minus_5_bar_0_bar_0)
(receptacleType DiningTable_bar__minus_00_dot_37_bar__plus_00_dot_56_bar__minus_01_dot_59 DiningTableType)
(receptacleAtLocation DiningTable_bar__minus_00_dot_37_bar__plus_00_dot_56_bar__minus_01_dot_59 loc_bar_4_bar__minus_3_bar_2_bar_60)
(canContain CabinetType CupType)
(canContain CabinetType MugType)
(canContain CoffeeMachineType MugType)
(canContain CounterTopType BreadType)
(canContain CounterTopType CupType)
(canContain CounterTopType EggType)
(canContain CounterTopType KnifeType)
(canContain CounterTopType MugType)
(canContain CounterTopType PotatoType)
(canContain CounterTopType SpoonType)
(canContain DiningTableType BreadType)
(canContain DiningTableType CupType)
(canContain DiningTableType EggType)
(canContain DiningTableType KnifeType)
(canContain DiningTableType MugType)
(canContain DiningTableType PotatoType)
(canContain DiningTableType SpoonType)
(canContain DrawerType KnifeType)
(canContain DrawerType SpoonType)
(canContain FridgeType BreadType)
(canContain FridgeType CupType)
(canContain FridgeType EggType)
(canContain FridgeType MugType)
(canContain FridgeType PotatoType)
(canContain GarbageCanType BreadType)
(canContain GarbageCanType EggType)
(canContain GarbageCanType PotatoType)
(canContain MicrowaveType BreadType)
(canContain MicrowaveType CupType)
(canContain MicrowaveType EggType)
(canContain MicrowaveType MugType)
(canContain MicrowaveType PotatoType)
(canContain ShelfType CupType)
(canContain ShelfType MugType)
(canContain SinkBasinType CupType)
(canContain SinkBasinType EggType)
(canContain SinkBasinType KnifeType)
(canContain SinkBasinType MugType)
(canContain SinkBasinType PotatoType)
(canContain SinkBasinType SpoonType)
(objectType Spoon_bar__plus_01_dot_79_bar__plus_01_dot_96_bar__minus_02_dot_87 SpoonType)
(inReceptacle Spoon_bar__plus_01_dot_79_bar__plus_01_dot_96_bar__minus_02_dot_87 Drawer_bar__minus_02_dot_73_bar__plus_01_dot_29_bar__minus_01_dot_82)
(objectAtLocation Spoon_bar__plus_01_dot_79_bar__plus_01_dot_96_bar__minus_02_dot_87 loc_bar__minus_7_bar_3_bar_1_bar_60)
(pickupable Spoon_bar__plus_01_dot_79_bar__plus_01_dot_96_bar__minus_02_dot_87)
(cleanable Spoon_bar__plus_01_dot_79_bar__plus_01_dot_96_bar__minus_02_dot_87)
(objectType Spoon_bar__plus_01_dot_21_bar__minus_01_dot_19_bar__minus_01_dot_88 SpoonType)
(inReceptacle Spoon_bar__plus_01_dot_21_bar__minus_01_dot_19_bar__minus_01_dot_88 Sink_bar__plus_00_dot_50_bar__plus_00_dot_55_bar__minus_02_dot_57_bar_SinkBasin)
(objectAtLocation Spoon_bar__plus_01_dot_21_bar__minus_01_dot_19_bar__minus_01_dot_88 loc_bar__minus_7_bar__minus_9_bar_3_bar__minus_30)
(pickupable Spoon_bar__plus_01_dot_21_bar__minus_01_dot_19_bar__minus_01_dot_88)
(cleanable Spoon_bar__plus_01_dot_21_bar__minus_01_dot_19_bar__minus_01_dot_88)
(objectType Bread_bar__plus_02_dot_08_bar__minus_00_dot_32_bar__plus_00_dot_07 BreadType)
(inReceptacle Bread_bar__plus_02_dot_08_bar__minus_00_dot_32_bar__plus_00_dot_07 Microwave_bar__minus_01_dot_90_bar__minus_00_dot_77_bar__minus_01_dot_67)
(objectAtLocation Bread_bar__plus_02_dot_08_bar__minus_00_dot_32_bar__plus_00_dot_07 loc_bar__minus_9_bar__minus_8_bar_1_bar_45)
(pickupable Bread_bar__plus_02_dot_08_bar__minus_00_dot_32_bar__plus_00_dot_07)
(heatable Bread_bar__plus_02_dot_08_bar__minus_00_dot_32_bar__plus_00_dot_07)
(coolable Bread_bar__plus_02_dot_08_bar__minus_00_dot_32_bar__plus_00_dot_07)
(sliceable Bread_bar__plus_02_dot_08_bar__minus_00_dot_32_bar__plus_00_dot_07)
(objectType Egg_bar__plus_01_dot_28_bar__minus_02_dot_29_bar__plus_01_dot_13 EggType)
(inReceptacle Egg_bar__plus_01_dot_28_bar__minus_02_dot_29_bar__plus_01_dot_13 GarbageCan_bar__plus_00_dot_19_bar__plus_01_dot_00_bar__minus_02_dot_66)
(objectAtLocation Egg_bar__plus_01_dot_28_bar__minus_02_dot_29_bar__plus_01_dot_13 loc_bar_3_bar__minus_9_bar_2_bar__minus_30)
(pickupable Egg_bar__plus_01_dot_28_bar__minus_02_dot_29_bar__plus_01_dot_13)
(heatable Egg_bar__plus_01_dot_28_bar__minus_02_dot_29_bar__plus_01_dot_13)
(coolable Egg_bar__plus_01_dot_28_bar__minus_02_dot_29_bar__plus_01_dot_13)
(cleanable Egg_bar__plus_01_dot_28_bar__minus_02_dot_29_bar__plus_01_dot_13)
(sliceable Egg_bar__plus_01_dot_28_bar__minus_02_dot_29_bar__plus_01_dot_13)
(objectType Potato_bar__plus_01_dot_47_bar__plus_01_dot_81_bar__plus_00_dot_29 PotatoType)
(inReceptacle Potato_bar__plus_01_dot_47_bar__plus_01_dot_81_bar__plus_00_dot_29 CounterTop_bar__minus_00_dot_30_bar__minus_02_dot_16_bar__minus_01_dot_37)
(objectAtLocation Potato_bar__plus_01_dot_47_bar__plus_01_dot_81_bar__plus_00_dot_29 loc_bar_0_bar_0_bar_3_bar_60)
(pickupable Potato_bar__plus_01_dot_47_bar__plus_01_dot_81_bar__plus_00_dot_29)
(heatable Potato_bar__plus_01_dot_47_bar__plus_01_dot_81_bar__plus_00_dot_29)
(coolable Potato_bar__plus_01_dot_47_bar__plus_01_dot_81_bar__plus_00_dot_29)
(cleanable Potato_bar__plus_01_dot_47_bar__plus_01_dot_81_bar__plus_00_dot_29)
(sliceable Potato_bar__plus_01_dot_47_bar__plus_01_dot_81_bar__plus_00_dot_29)
(objectType Knife_bar__plus_02_dot_17_bar__plus_00_dot_64_bar__plus_01_dot_62 KnifeType)
(inReceptacle Knife_bar__plus_02_dot_17_bar__plus_00_dot_64_bar__plus_01_dot_62 CounterTop_bar__plus_02_dot_86_bar__plus_02_dot_17_bar__plus_00_dot_86)
(objectAtLocation Knife_bar__plus_02_dot_17_bar__plus_00_dot_64_bar__plus_01_dot_62 loc_bar_9_bar_6_bar_2_bar__minus_30)
(pickupable Knife_bar__plus_02_dot_17_bar__plus_00_dot_64_bar__plus_01_dot_62)
(cleanable Knife_bar__plus_02_dot_17_bar__plus_00_dot_64_bar__plus_01_dot_62)
(objectType Mug_bar__plus_02_dot_74_bar__plus_02_dot_35_bar__plus_02_dot_28 MugType)
(inReceptacle Mug_bar__plus_02_dot_74_bar__plus_02_dot_35_bar__plus_02_dot_28 Cabinet_bar__plus_01_dot_61_bar__minus_00_dot_61_bar__minus_00_dot_27)
(objectAtLocation Mug_bar__plus_02_dot_74_bar__plus_02_dot_35_bar__plus_02_dot_28 loc_bar__minus_7_bar__minus_7_bar_3_bar_45)
(pickupable Mug_bar__plus_02_dot_74_bar__plus_02_dot_35_bar__plus_02_dot_28)
(heatable Mug_bar__plus_02_dot_74_bar__plus_02_dot_35_bar__plus_02_dot_28)
(coolable Mug_bar__plus_02_dot_74_bar__plus_02_dot_35_bar__plus_02_dot_28)
(cleanable Mug_bar__plus_02_dot_74_bar__plus_02_dot_35_bar__plus_02_dot_28)
(isReceptacleObject Mug_bar__plus_02_dot_74_bar__plus_02_dot_35_bar__plus_02_dot_28)
(objectType Cup_bar__minus_00_dot_71_bar__minus_00_dot_75_bar__plus_01_dot_71 CupType)
(inReceptacle Cup_bar__minus_00_dot_71_bar__minus_00_dot_75_bar__plus_01_dot_71 Microwave_bar__minus_01_dot_90_bar__minus_00_dot_77_bar__minus_01_dot_67)
(objectAtLocation Cup_bar__minus_00_dot_71_bar__minus_00_dot_75_bar__plus_01_dot_71 loc_bar__minus_9_bar__minus_8_bar_1_bar_45)
(pickupable Cup_bar__minus_00_dot_71_bar__minus_00_dot_75_bar__plus_01_dot_71)
(heatable Cup_bar__minus_00_dot_71_bar__minus_00_dot_75_bar__plus_01_dot_71)
(coolable Cup_bar__minus_00_dot_71_bar__minus_00_dot_75_bar__plus_01_dot_71)
(cleanable Cup_bar__minus_00_dot_71_bar__minus_00_dot_75_bar__plus_01_dot_71)
(isReceptacleObject Cup_bar__minus_00_dot_71_bar__minus_00_dot_75_bar__plus_01_dot_71)
)
(:goal
                    (and
                        (exists (?r - receptacle)
                            (exists (?o1 - object)
                                (and
                                    (objectType ?o1 SpoonType)
                                    (receptacleType ?r DrawerType)
                                    (inReceptacle ?o1 ?r)
                                    (exists (?o2 - object)
                                        (and
                                            (not (= ?o1 ?o2))
                                            (objectType ?o2 SpoonType)
                                            (receptacleType ?r DrawerType)
                                            (inReceptacle ?o2 ?r)
                                        )
                                    )
                                )
                            )
                        )
                    )
                )
            )
